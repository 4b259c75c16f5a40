package org.majlis.floor.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.majlis.base.live.PresenceChanged;
import org.majlis.base.live.RoomPresence;
import org.majlis.base.live.RoomUpdates;
import org.majlis.base.ui.DurationText;
import org.majlis.base.ui.LiveClock;
import org.majlis.base.ui.LiveUpdates;
import org.majlis.base.ui.LocalizedSpan;
import org.majlis.base.ui.Texts;
import org.majlis.floor.FloorService;
import org.majlis.floor.FloorState;

/**
 * What everyone in the room sees whichever tab is open: the current item with its time against the plan, whether
 * the room is ahead or behind, the speaker with the countdown, and who is in the room now. The user is present
 * while this bar is attached; a closed tab leaves when its view detaches.
 */
class RoomStatusBar extends Div {

    private final RoomPresence presence;
    private final long roomId;
    private final Div item = new Div();
    private final Div itemTiming = new Div();
    private final LiveClock itemClock = new LiveClock();
    private final Span planned = new Span();
    private final Span schedule = new Span();
    private final Span speaker = new Span();
    private final Span kind = new Span();
    private final LiveClock countdown = new LiveClock();
    private final Details present = new Details();
    private final Div presentList = new Div();
    private String shownItem = "";
    private final Span livePaused = new Span();
    private final TimerDisplay timer = new TimerDisplay(countdown, livePaused);

    RoomStatusBar(FloorService floor, RoomUpdates updates, RoomPresence presence, long roomId, String personKey,
                  String label) {
        this.presence = presence;
        this.roomId = roomId;
        setId("live-status");
        addClassName("live-status");
        item.setId("live-item");
        item.addClassName("live-item");
        itemClock.setId("live-item-clock");
        schedule.setId("live-schedule");
        schedule.addClassName("schedule-status");
        speaker.setId("live-speaker");
        speaker.addClassName("live-speaker");
        kind.getElement().getThemeList().add("badge");
        countdown.setId("live-countdown");
        countdown.addClassName("countdown");
        present.setId("live-present");
        presentList.addClassName("present-list");
        present.add(presentList);
        present.addOpenedChangeListener(event -> showPresence());
        itemTiming.add(itemClock, new Span(" / "), planned, new Span(" · "));
        itemTiming.addClassName("live-timing");
        var timing = new Div(itemTiming, schedule);
        timing.addClassName("live-timing");
        livePaused.setId("live-paused");
        var floorLine = new Div(speaker, kind, countdown, livePaused);
        floorLine.addClassName("live-floor");
        add(item, timing, floorLine, present);

        FloorFeed.follow(this, roomId, floor, updates, this::show);
        LiveUpdates.follow(this, updates, roomId, change -> change.any(PresenceChanged.class),
                change -> showPresence());
        var registration = new RoomUpdates.Registration[1];
        addAttachListener(event -> {
            registration[0] = presence.enter(roomId, personKey, label);
            showPresence();
        });
        addDetachListener(event -> {
            if (registration[0] != null) {
                registration[0].remove();
                registration[0] = null;
            }
        });
    }

    private void show(FloorState state) {
        var current = state.item();
        Texts.flag(this, "open-item", current != null);
        var itemKey = current == null ? "" : current.id() + ":" + current.version();
        if (!itemKey.equals(shownItem)) {
            shownItem = itemKey;
            item.removeAll();
            if (current == null) {
                item.add(new Span(getTranslation("live.no-item")));
            } else {
                item.add(new Span(getTranslation("floor.current-item", current.number())), new Span(" "),
                        new LocalizedSpan(current.title(), getLocale()));
                itemClock.since(state.now().minusSeconds(current.actualSeconds()), state.now());
            }
        }
        Texts.visible(itemTiming, current != null);
        Texts.set(planned, current == null ? "" : getTranslation("agenda.planned", current.plannedMinutes()));
        Texts.set(schedule, DurationText.schedule(this, state.scheduleSeconds()));
        var speaking = state.speaker();
        Texts.visible(kind, speaking != null);
        Texts.visible(countdown, speaking != null);
        Texts.set(speaker, speaking == null ? getTranslation("floor.no-speaker")
                : FloorTexts.speaker(this, speaking));
        if (speaking != null) {
            Texts.set(kind, FloorTexts.kind(this, speaking.kind()));
            timer.show(speaking.id(), speaking.timer(), state.now());
        } else {
            timer.clear();
        }
        SpeakerBudget.mark(countdown, state);
    }

    /**
     * The count always (without sorting anyone: every open page of a plenary shows it); the names, sorted, only
     * while the list is open.
     */
    private void showPresence() {
        var summary = getTranslation("live.present", presence.count(roomId));
        if (!summary.equals(present.getSummaryText())) {
            present.setSummaryText(summary);
        }
        if (present.isOpened()) {
            presentList.removeAll();
            presence.present(roomId).forEach(person -> presentList.add(new Div(person.label())));
        } else if (presentList.getComponentCount() > 0) {
            presentList.removeAll();
        }
    }
}
