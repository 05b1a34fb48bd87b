package dev.backease.content;

/** Tools the person has; hands are always available and are not listed. */
public enum Tool implements WireId {
    TENNIS_BALL,
    LACROSSE_BALL,
    FOAM_ROLLER,
    MASSAGE_STICK,
    MASSAGE_GUN,
    HEAT_PAD,
    WARM_TOWEL,
    ICE_PACK,
    MASSAGE_OIL,
    PILLOWS;

    @Override
    public String id() {
        return WireId.idOf(this);
    }
}
