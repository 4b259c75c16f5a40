package org.majlis.floor;

import org.jspecify.annotations.Nullable;

/**
 * What a chair sets at one level (the room, or one item): follow the level above (the room's budget for an item,
 * the settings' default for the room), no budget at all, or a budget in seconds.
 */
public record BudgetChoice(Mode mode, @Nullable Integer seconds) {

    public enum Mode {
        INHERIT,
        NONE,
        LIMIT
    }

    public static BudgetChoice inherit() {
        return new BudgetChoice(Mode.INHERIT, null);
    }

    public static BudgetChoice none() {
        return new BudgetChoice(Mode.NONE, null);
    }

    public static BudgetChoice seconds(@Nullable Integer seconds) {
        return new BudgetChoice(Mode.LIMIT, seconds);
    }
}
