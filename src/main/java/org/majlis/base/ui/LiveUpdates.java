package org.majlis.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import org.majlis.base.live.RoomChange;
import org.majlis.base.live.RoomUpdates;

import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Connects a view to a room's live updates for as long as it is attached: it subscribes on attach, unsubscribes on
 * detach (a closed tab's view detaches when Vaadin drops its UI, so nothing leaks), and runs the view's refresh
 * inside {@code ui.access(...)} — where the user's own security context applies — for the changes it cares about.
 * <p>
 * A view hears nothing while it is detached — a {@code TabSheet} attaches a tab's content only when the tab is first
 * selected, although the room page builds every tab at once — so such a view must load on attach
 * ({@code addAttachListener(e -> refresh())}), as the agenda and the matrix do, not (only) in its constructor;
 * otherwise it first shows what was there when the page opened.
 */
public final class LiveUpdates {

    private LiveUpdates() {
    }

    public static Registration follow(Component view, RoomUpdates updates, long roomId,
                                      Predicate<RoomChange> relevant, Consumer<RoomChange> refresh) {
        var subscription = new RoomUpdates.Registration[1];
        var onAttach = view.addAttachListener(event -> {
            if (subscription[0] != null) {
                subscription[0].remove();
            }
            var ui = event.getUI();
            subscription[0] = updates.subscribe(roomId, change -> {
                if (relevant.test(change)) {
                    deliver(ui, view, change, refresh, subscription);
                }
            });
        });
        var onDetach = view.addDetachListener(event -> {
            if (subscription[0] != null) {
                subscription[0].remove();
                subscription[0] = null;
            }
        });
        return () -> {
            onAttach.remove();
            onDetach.remove();
            if (subscription[0] != null) {
                subscription[0].remove();
            }
        };
    }

    private static void deliver(UI ui, Component view, RoomChange change, Consumer<RoomChange> refresh,
                                RoomUpdates.Registration[] subscription) {
        try {
            ui.access(() -> {
                if (view.isAttached()) {
                    refresh.accept(change);
                }
            });
        } catch (UIDetachedException e) {
            var registration = subscription[0];
            if (registration != null) {
                registration.remove();
            }
        }
    }
}
