package dev.backease.content;

import java.util.List;

/** Ids the contract and the planner rely on: the content file must define every one of them. */
public final class ContentIds {
    public static final List<String> TECHNIQUES = List.of(
            "effleurage", "petrissage", "cross_fiber_friction", "trigger_point_release", "finishing_effleurage",
            "circular_warmup", "palm_strokes", "thumb_knuckle_pressure", "fist_compressions", "ball_release",
            "foam_roller", "massage_stick", "massage_gun",
            "pelvic_tilt", "knee_to_chest", "supine_trunk_rotation", "standing_hamstring_stretch",
            "heat");

    public static final List<String> POSITIONS = List.of(
            "prone_pillow_under_hips", "side_lying_knees_bent", "seated_supported", "supine_knees_bent",
            "standing_at_wall");

    public static final List<String> PREPARATION = List.of(
            "room_temperature", "surface", "towels_and_pillows", "oil_light", "oil_sensitive_skin", "oil_allergy",
            "heat_before", "giver_stance", "consent_plan", "ask_first", "self_check", "session_length");

    public static final List<String> AFTERCARE = List.of(
            "stretches", "heat_after", "water", "soreness_normal", "cold_pack", "when_to_get_help", "how_often");

    private ContentIds() {}
}
