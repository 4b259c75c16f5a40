package org.majlis.floor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import org.majlis.agenda.AgendaEvent;
import org.majlis.base.live.RoomChange;
import org.majlis.base.live.RoomUpdates;
import org.majlis.floor.FloorEvent;
import org.majlis.floor.FloorService;
import org.majlis.floor.FloorState;
import org.majlis.floor.FloorWatch;
import org.majlis.meetings.RoomStatusChanged;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The floor of one room as one browser tab (UI) sees it, handed to every part of the page that shows it (the status
 * bar, the Floor tab), so a change costs one push per participant, not one per component. The tab's
 * {@link FloorWatch} (who the user is in the room, resolved once) derives the tab's view from the room's shared
 * floor, which the first tab to hear of a change loads for all (ADR 0043). It listens to the room only while some
 * part of the page is attached.
 */
final class FloorFeed {

    private final UI ui;
    private final long roomId;
    private final FloorService floor;
    private final RoomUpdates updates;
    private final List<Consumer<FloorState>> parts = new ArrayList<>();
    private RoomUpdates.Registration subscription;
    private FloorWatch watch;
    private FloorState last;

    private FloorFeed(UI ui, long roomId, FloorService floor, RoomUpdates updates) {
        this.ui = ui;
        this.roomId = roomId;
        this.floor = floor;
        this.updates = updates;
    }

    /** Feeds the component's view of the floor while it is attached. */
    static void follow(Component component, long roomId, FloorService floor, RoomUpdates updates,
                       Consumer<FloorState> show) {
        var registration = new Runnable[1];
        component.addAttachListener(event -> {
            var feed = of(event.getUI(), roomId, floor, updates);
            registration[0] = feed.add(show);
        });
        component.addDetachListener(event -> {
            if (registration[0] != null) {
                registration[0].run();
                registration[0] = null;
            }
        });
    }

    /** Shows the floor as it is now (after this user's own action) everywhere on the page. */
    static void reload(Component component, long roomId) {
        component.getUI().ifPresent(ui -> {
            var feed = (FloorFeed) ComponentUtil.getData(ui, key(roomId));
            if (feed != null && feed.watch != null) {
                feed.load(feed.watch.state());
            }
        });
    }

    private static FloorFeed of(UI ui, long roomId, FloorService floor, RoomUpdates updates) {
        var feed = (FloorFeed) ComponentUtil.getData(ui, key(roomId));
        if (feed == null) {
            feed = new FloorFeed(ui, roomId, floor, updates);
            ComponentUtil.setData(ui, key(roomId), feed);
        }
        return feed;
    }

    private static String key(long roomId) {
        return "majlis-floor-feed-" + roomId;
    }

    private Runnable add(Consumer<FloorState> part) {
        parts.add(part);
        if (subscription == null) {
            watch = floor.watch(roomId); // the view check, once per page
            subscription = updates.subscribe(roomId, this::changed);
            last = null;
        }
        if (last == null) {
            load(watch.state());
        } else {
            part.accept(last);
        }
        return () -> {
            parts.remove(part);
            if (parts.isEmpty()) {
                subscription.remove();
                subscription = null;
                watch = null;
                last = null;
                ComponentUtil.setData(ui, key(roomId), null);
            }
        };
    }

    private void changed(RoomChange change) {
        // closing or reopening the room changes what the user may do (FloorState.mayRequest / mayChair)
        if (!change.any(FloorEvent.class) && !change.any(AgendaEvent.class)
                && !change.any(RoomStatusChanged.class)) {
            return;
        }
        try {
            ui.access(() -> {
                if (!parts.isEmpty()) {
                    load(watch.state(change.sequence()));
                }
            });
        } catch (UIDetachedException e) {
            var registration = subscription;
            if (registration != null) {
                registration.remove();
            }
        }
    }

    private void load(FloorState state) {
        if (state.equals(last)) {
            return; // nothing this page shows has changed (e.g. the change was for someone else's view)
        }
        last = state;
        List.copyOf(parts).forEach(part -> part.accept(state));
    }
}
