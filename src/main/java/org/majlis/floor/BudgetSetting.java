package org.majlis.floor;

import org.jspecify.annotations.Nullable;

/**
 * A chair's budget setting at one level as stored: {@code version} 0 when nobody set one (the level above applies),
 * else the version to send back when changing it (a change made meanwhile by someone else is refused).
 */
public record BudgetSetting(long version, BudgetChoice choice, @Nullable String updatedBy) {

    public static final BudgetSetting UNSET = new BudgetSetting(0, BudgetChoice.inherit(), null);
}
