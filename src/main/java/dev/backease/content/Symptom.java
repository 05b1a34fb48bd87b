package dev.backease.content;

/** Symptoms present now or new since the pain began (contract vocabulary). */
public enum Symptom implements WireId {
    LEG_NUMBNESS,
    LEG_TINGLING,
    SADDLE_NUMBNESS,
    BLADDER_OR_BOWEL_CHANGE,
    LEG_WEAKNESS,
    PAIN_DOWN_LEG,
    FEVER,
    UNEXPLAINED_WEIGHT_LOSS,
    CHEST_PAIN,
    SHORTNESS_OF_BREATH,
    DIZZINESS;

    @Override
    public String id() {
        return WireId.idOf(this);
    }
}
