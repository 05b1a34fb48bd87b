package dev.backease.screening;

import dev.backease.content.WireId;

/** Whose approval a needs_clearance finding waits for. */
public enum Clinician implements WireId {
    DOCTOR("a doctor"),
    MATERNITY_CARE_PROVIDER("your maternity care provider (midwife or obstetrician)");

    private final String spoken;

    Clinician(String spoken) {
        this.spoken = spoken;
    }

    @Override
    public String id() {
        return WireId.idOf(this);
    }

    /** How a sentence names this clinician. */
    public String spoken() {
        return spoken;
    }
}
