package dev.backease.content;

/** Conditions of the person receiving the massage (contract vocabulary). */
public enum Condition implements WireId {
    FRACTURE,
    RECENT_SURGERY,
    OPEN_WOUND,
    SKIN_INFECTION,
    RASH,
    BRUISING,
    SWELLING,
    DVT,
    OSTEOPOROSIS,
    RHEUMATOID_ARTHRITIS,
    SPINAL_CANCER,
    PREGNANCY,
    HEART_CONDITION,
    BLOOD_THINNERS,
    BLEEDING_DISORDER,
    NUMB_AREA,
    SENSITIVE_SKIN,
    OIL_ALLERGY;

    @Override
    public String id() {
        return WireId.idOf(this);
    }
}
