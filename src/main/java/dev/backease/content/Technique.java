package dev.backease.content;

import java.util.List;
import java.util.Optional;

/**
 * One technique of the guide, with everything a page or a plan step shows about it.
 *
 * @param summary what it is, in one or two plain sentences
 * @param instructions how to do it, for someone beside a person lying on a mat
 * @param area where on the back it works (never the spine itself), for a picture
 * @param direction which way the hands or tool move, for a picture (may be "none")
 * @param pressure the band on the 0-10 scale the guide allows for it
 * @param pressureBand the name of that band: none, light, light_to_moderate or moderate
 * @param warming true when it warms the tissue, so firmer work may follow it
 * @param tools any one of these is needed; empty means the hands alone
 * @param doses the guide's figures, one per section that gives them; the first is the one plans use
 * @param source the guide section heading the technique is described under
 */
public record Technique(
        String id,
        String name,
        TechniqueKind kind,
        List<Mode> modes,
        String summary,
        String instructions,
        String area,
        String direction,
        Range pressure,
        String pressureBand,
        boolean warming,
        List<Tool> tools,
        List<Dose> doses,
        List<String> cautions,
        String source) {

    public Technique {
        modes = modes == null ? null : List.copyOf(modes);
        tools = tools == null ? List.of() : List.copyOf(tools);
        doses = doses == null ? null : List.copyOf(doses);
        cautions = cautions == null ? List.of() : List.copyOf(cautions);
    }

    public boolean handsOnly() {
        return tools.isEmpty();
    }

    public boolean belongsTo(Mode mode) {
        return modes.contains(mode);
    }

    /** The dose the guide gives in the named section, if it gives one there. */
    public Optional<Dose> doseFrom(String section) {
        return doses.stream().filter(dose -> section.equals(dose.source())).findFirst();
    }

    /** The dose plans use: the first listed. */
    public Dose plannedDose() {
        return doses.get(0);
    }
}
