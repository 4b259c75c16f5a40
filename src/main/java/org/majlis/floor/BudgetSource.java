package org.majlis.floor;

/** Where an item's budget per organisation comes from: the item's own, the room's, the settings', or none at all. */
public enum BudgetSource {
    ITEM,
    ROOM,
    SETTINGS,
    NONE
}
