package dev.backease.content;

/** Who gives the massage: the person themself, or a partner or caregiver. */
public enum Mode implements WireId {
    SELF,
    PARTNER;

    @Override
    public String id() {
        return WireId.idOf(this);
    }
}
