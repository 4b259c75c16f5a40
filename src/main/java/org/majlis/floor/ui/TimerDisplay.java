package org.majlis.floor.ui;

import com.vaadin.flow.component.html.Span;
import org.majlis.base.ui.LiveClock;
import org.majlis.base.ui.Texts;
import org.majlis.floor.SpeakingTimer;

import java.time.Instant;

/**
 * A speaker's timer on a page: a countdown the browser ticks, or — while the chair has paused it — the time left,
 * standing still, with a "Paused" badge. Sent once per change of the timer (start, time added, pause, resume),
 * never per second.
 */
final class TimerDisplay {

    private final LiveClock clock;
    private final Span paused;
    private String shown = "";

    TimerDisplay(LiveClock clock, Span paused) {
        this.clock = clock;
        this.paused = paused;
        paused.getElement().getThemeList().add("badge contrast");
        paused.addClassName("timer-paused");
        paused.setVisible(false);
    }

    void show(long requestId, SpeakingTimer timer, Instant now) {
        var key = requestId + ":" + timer.deadline() + ":" + timer.paused();
        if (key.equals(shown)) {
            return;
        }
        shown = key;
        if (timer.paused()) {
            clock.fixed(timer.remaining(now));
        } else {
            clock.countdown(timer.deadline(), now);
        }
        Texts.set(paused, paused.getTranslation("floor.paused"));
        Texts.visible(paused, timer.paused());
        Texts.flag(clock, "paused", timer.paused());
    }

    /** No speaker: nothing to show (the caller hides the clock). */
    void clear() {
        shown = "";
        Texts.visible(paused, false);
    }
}
