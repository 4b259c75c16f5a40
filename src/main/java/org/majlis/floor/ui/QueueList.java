package org.majlis.floor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorRequestSummary;
import org.majlis.floor.FloorState;
import org.majlis.floor.SpeakerOrder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.HashSet;

/**
 * The list of speakers in order. Rows are kept and updated in place; only new, gone or moved rows touch the DOM.
 * Chairs see every row; the others see the first {@link #SHOWN} and their own, with how many more are waiting: when
 * 300 delegates ask at once, each of their pages would otherwise build and receive all 300 rows (ADR 0044).
 */
class QueueList extends Div {

    private final FloorActions actions;
    private final Consumer<Runnable> run;
    private final Supplier<FloorState> state;
    private final Map<Long, QueueRow> rows = new HashMap<>();
    private final Div empty = new Div();
    private final Div more = new Div();

    /** How many rows someone who does not chair sees (besides their own). */
    static final int SHOWN = 20;

    QueueList(FloorActions actions, Consumer<Runnable> run, Supplier<FloorState> state) {
        this.actions = actions;
        this.run = run;
        this.state = state;
        setId("floor-queue");
        addClassName("floor-queue");
        empty.setText(getTranslation("floor.queue.empty"));
        empty.addClassName("empty-state");
        more.setId("floor-queue-more");
        more.addClassName("queue-more");
    }

    /**
     * Whether the chair may swap two neighbours: both points of order or neither; in protocol order, also the same
     * protocol place (the service refuses the rest anyway).
     */
    private static boolean swappable(FloorState floor, FloorRequestSummary request, FloorRequestSummary neighbour) {
        var samePointGroup = (request.kind() == FloorKind.POINT_OF_ORDER)
                == (neighbour.kind() == FloorKind.POINT_OF_ORDER);
        return samePointGroup && (floor.order() != SpeakerOrder.PROTOCOL || request.sameProtocolPlace(neighbour));
    }

    void show(FloorState floor) {
        setVisible(floor.item() != null);
        var queue = floor.queue();
        var mine = new HashSet<Long>();
        floor.mine().forEach(r -> mine.add(r.id()));
        var wanted = new ArrayList<Component>(queue.size());
        // one pass: a row may move up or down only within its group (points of order stay on top)
        var shown = actions.chair() ? queue.size() : SHOWN;
        for (var i = 0; i < queue.size(); i++) {
            var request = queue.get(i);
            if (i >= shown && !mine.contains(request.id())) {
                continue;
            }
            var up = i > 0 && swappable(floor, request, queue.get(i - 1));
            var down = i + 1 < queue.size() && swappable(floor, request, queue.get(i + 1));
            var row = rows.computeIfAbsent(request.id(), id -> new QueueRow(actions, run, state));
            row.show(request, mine.contains(request.id()), up, down, floor.now(), floor.speakerId());
            row.showBudget(floor);
            wanted.add(row);
        }
        if (rows.size() > wanted.size()) {
            rows.values().removeIf(row -> !wanted.contains(row));
        }
        var hidden = queue.size() - wanted.size();
        if (hidden > 0) {
            var text = getTranslation("floor.queue.more", hidden);
            if (!text.equals(more.getText())) {
                more.setText(text);
            }
            wanted.add(more);
        }
        if (wanted.isEmpty()) {
            wanted.add(empty);
        }
        arrange(wanted);
    }

    /**
     * Makes the children the wanted rows in order with the fewest moves: rows that left are removed, new ones
     * inserted at their place, and only a row whose place changed is moved. Removing all and adding them again would
     * make Vaadin send every row in full to the browser on every change (a row detached and attached again is sent
     * whole): a speaker leaving the top of a queue of 50 must cost one removal, not 50 rows.
     */
    private void arrange(List<Component> wanted) {
        var keep = Set.copyOf(wanted);
        getChildren().filter(child -> !keep.contains(child)).toList().forEach(this::remove);
        for (var i = 0; i < wanted.size(); i++) {
            var row = wanted.get(i);
            if (getElement().getChildCount() <= i || !getElement().getChild(i).equals(row.getElement())) {
                addComponentAtIndex(i, row);
            }
        }
    }

    List<QueueRow> rows() {
        return getChildren().filter(QueueRow.class::isInstance).map(QueueRow.class::cast).toList();
    }
}
