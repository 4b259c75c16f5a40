package org.majlis.floor.ui;

import com.vaadin.flow.component.html.Div;
import org.jspecify.annotations.Nullable;
import org.majlis.base.ui.Texts;
import org.majlis.floor.FloorRequestSummary;
import org.majlis.floor.FloorState;

import java.util.Objects;

/**
 * Tells screen-reader users what changed on the floor, politely (after what they are reading): who has the floor now,
 * that the floor is free, that the speaker's clock was paused, resumed or given more time, and how the list is
 * ordered. A visually hidden live region ({@code role="status"}); it speaks only when one of these changes, never the
 * countdown's every second (the countdown itself is not a live region).
 */
class FloorAnnouncer extends Div {

    private @Nullable Long speakerId;
    private boolean paused;
    private int addedSeconds;
    private @Nullable Object order;
    private boolean first = true;

    FloorAnnouncer() {
        setId("floor-announcer");
        addClassName("visually-hidden");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-atomic", "true");
    }

    void show(FloorState floor) {
        var speaker = floor.speaker();
        var timer = speaker == null ? null : speaker.timer();
        var nowPaused = timer != null && timer.paused();
        var nowAdded = timer == null ? 0 : timer.addedSeconds();
        String message = null;
        if (!Objects.equals(speakerId, speaker == null ? null : speaker.id())) {
            message = speaker == null ? getTranslation("floor.announce.free") : hasTheFloor(speaker);
        } else if (nowPaused != paused) {
            message = getTranslation(nowPaused ? "floor.announce.paused" : "floor.announce.resumed");
        } else if (nowAdded > addedSeconds) {
            message = getTranslation("floor.announce.added", nowAdded - addedSeconds);
        } else if (order != null && order != floor.order()) {
            message = getTranslation("floor.order." + floor.order().name());
        }
        speakerId = speaker == null ? null : speaker.id();
        paused = nowPaused;
        addedSeconds = nowAdded;
        order = floor.order();
        if (first) { // what the page shows when it opens is read with the page, not announced
            first = false;
            return;
        }
        if (message != null) {
            Texts.set(this, message);
        }
    }

    private String hasTheFloor(FloorRequestSummary speaker) {
        return getTranslation("floor.announce.speaker", FloorTexts.speaker(this, speaker));
    }
}
