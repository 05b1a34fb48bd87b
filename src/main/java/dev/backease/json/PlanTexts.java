package dev.backease.json;

import dev.backease.planning.Plan;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The JSON text of session plans, made once per plan. A session's plan never changes once it has
 * started, and a kept session hands out the same plan at every read and event, so the plan's 5-6 KB
 * of JSON need not be built again for each answer (building it was 15% of what the server allocated
 * under signed-in load, JFR). Held weakly: a plan's text goes when nothing else holds the plan.
 */
public final class PlanTexts {
    private final Map<Plan, String> texts = Collections.synchronizedMap(new WeakHashMap<>());

    /** The plan as {@link DocumentWriter#plan} writes it, as compact JSON text. */
    public String of(Plan plan) {
        String text = texts.get(plan);
        if (text == null) {
            // Made outside the lock: two threads may both make it once, and the texts are equal.
            text = new String(Json.bytes(DocumentWriter.plan(plan)), StandardCharsets.UTF_8);
            texts.put(plan, text);
        }
        return text;
    }
}
