package dev.backease.content;

/** What the pain followed. */
public enum Injury implements WireId {
    NONE,
    FALL,
    VEHICLE_ACCIDENT,
    HEAVY_STRAIN,
    OTHER_INJURY;

    @Override
    public String id() {
        return WireId.idOf(this);
    }
}
