package org.majlis.base.ui;

import com.vaadin.flow.component.Component;

/** Durations in words, in the reader's language: "12 min", "behind schedule by 7 min". */
public final class DurationText {

    private DurationText() {
    }

    /** Whole minutes, rounded to the nearest (half a minute and more rounds up). */
    public static long minutes(long seconds) {
        return Math.round(seconds / 60.0);
    }

    public static String minutes(Component context, long seconds) {
        return context.getTranslation("live.minutes", minutes(seconds));
    }

    /** "On schedule", "Behind schedule by 7 min" or "Ahead of schedule by 3 min". */
    public static String schedule(Component context, long scheduleSeconds) {
        var minutes = minutes(scheduleSeconds);
        if (minutes == 0) {
            return context.getTranslation("live.schedule.on-time");
        }
        return minutes > 0 ? context.getTranslation("live.schedule.behind", minutes)
                : context.getTranslation("live.schedule.ahead", -minutes);
    }
}
