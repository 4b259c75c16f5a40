package org.majlis.floor.ui;

import com.vaadin.flow.component.Component;
import org.jspecify.annotations.Nullable;
import org.majlis.floor.BudgetSource;

import java.time.Duration;
import java.util.Locale;

/** The budgets' words and times: "4:05" (as the clocks show them, Latin digits), "+0:30" past a budget. */
final class BudgetTexts {

    private BudgetTexts() {
    }

    /** m:ss (h:mm:ss from an hour), with "+" once negative (past the budget), like the countdowns. */
    static String duration(Duration value) {
        var over = value.isNegative();
        var seconds = Math.abs(value.toSeconds());
        var hours = seconds / 3600;
        var minutes = seconds % 3600 / 60;
        var rest = seconds % 60;
        var text = hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
                : String.format(Locale.ROOT, "%d:%02d", minutes, rest);
        return (over ? "+" : "") + text;
    }

    /** "5:00 per organisation (set for this item)", or "No time budget on this item". */
    static String summary(Component context, @Nullable Duration budget, BudgetSource source) {
        if (budget == null) {
            return context.getTranslation("budgets.none");
        }
        return context.getTranslation("budgets.summary", duration(budget),
                context.getTranslation("budgets.source." + source.name()));
    }
}
