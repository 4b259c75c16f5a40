package org.majlis.floor;

import org.jspecify.annotations.Nullable;

import java.time.Duration;

/**
 * The budgets per organisation as a chair edits them: the room's setting, the item's (when an item is asked for),
 * the settings' default for the room's kind, and the budget that applies to the item as a result.
 */
public record TimeBudgetOverview(BudgetSetting room, @Nullable BudgetSetting item, @Nullable Duration settingsDefault,
                                 @Nullable Duration effective, BudgetSource source) {
}
