package org.majlis.floor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.majlis.base.live.RoomUpdates;
import org.majlis.base.ui.LocalizedSpan;
import org.majlis.base.ui.Messages;
import org.majlis.base.ui.Texts;
import org.majlis.floor.FloorState;
import org.majlis.floor.SpeakerOrder;

import java.util.Map;

/**
 * The floor of the current item: the speaker with the countdown, the list of speakers, and what the user may do —
 * chairs give, refuse, reorder, end and extend; delegates ask for the floor, withdraw and attach their statement.
 * The record and (for chairs and rapporteurs) the written statements are below. Every change anyone makes reaches
 * every open floor at once; the view reloads the state through the service and touches only what changed.
 */
class FloorPanel extends VerticalLayout {

    private final FloorActions actions;
    private final H3 itemTitle = new H3();
    private final Paragraph noItem = new Paragraph();
    private final SpeakerBox speaker;
    private final DelegateBox delegate;
    private final H3 queueTitle = new H3();
    private final Span order = new Span();
    private final Button orderSwitch = new Button();
    private final Div orderBar = new Div();
    private final FloorAnnouncer announcer = new FloorAnnouncer();
    private final QueueList queue;
    private final RecordPanel record;
    private final StatementsPanel statements;
    private final BudgetPanel budgets;
    private String shownItemKey = "";
    private FloorState state;

    FloorPanel(FloorActions actions, RoomUpdates updates) {
        this.actions = actions;
        setId("floor-panel");
        addClassName("floor-panel");
        setPadding(false);
        itemTitle.setId("floor-item");
        noItem.setId("floor-no-item");
        noItem.setText(getTranslation("floor.no-item"));
        noItem.addClassName("empty-state");
        speaker = new SpeakerBox(actions, this::run, () -> state);
        delegate = actions.delegate() ? new DelegateBox(actions, this::run, () -> state) : null;
        queueTitle.setId("floor-queue-title");
        order.setId("floor-order");
        order.getElement().getThemeList().add("badge contrast");
        orderSwitch.setId("floor-order-switch");
        orderSwitch.addThemeVariants(ButtonVariant.LUMO_SMALL);
        orderSwitch.addClickListener(click -> run(() -> {
            var next = state.order() == SpeakerOrder.PROTOCOL ? SpeakerOrder.ARRIVAL : SpeakerOrder.PROTOCOL;
            actions.floor().setOrder(actions.roomId(), next);
        }));
        orderBar.add(order);
        orderBar.addClassName("floor-order");
        if (actions.chair()) {
            orderBar.add(orderSwitch);
        }
        queue = new QueueList(actions, this::run, () -> state);
        record = new RecordPanel(actions);
        statements = actions.readsStatements() ? new StatementsPanel(actions) : null;
        add(announcer, itemTitle, noItem, speaker);
        if (delegate != null) {
            add(delegate);
        }
        budgets = new BudgetPanel(actions, () -> state, this::refresh);
        add(queueTitle, orderBar, queue, budgets, record);
        if (statements != null) {
            add(statements);
        }
        FloorFeed.follow(this, actions.roomId(), actions.floor(), updates, this::show);
    }

    /** Reloads the floor for the whole page (after this user's own action). */
    void refresh() {
        FloorFeed.reload(this, actions.roomId());
    }

    private void show(FloorState floor) {
        state = floor;
        var item = floor.item();
        Texts.visible(noItem, item == null);
        Texts.visible(itemTitle, item != null);
        Texts.visible(queueTitle, item != null);
        var itemKey = item == null ? "" : item.id() + ":" + item.version();
        if (item != null && !itemKey.equals(shownItemKey)) {
            itemTitle.removeAll();
            itemTitle.add(new Span(getTranslation("floor.current-item", item.number())), new Span(" "),
                    new LocalizedSpan(item.title(), getLocale()));
        }
        shownItemKey = itemKey;
        Texts.set(queueTitle, getTranslation("floor.queue.title", floor.queue().size()));
        Texts.visible(orderBar, item != null);
        Texts.set(order, getTranslation("floor.order." + floor.order().name()));
        Texts.attribute(order, "data-order", floor.order().name());
        Texts.set(orderSwitch, getTranslation(floor.order() == SpeakerOrder.PROTOCOL ? "floor.order.switch.ARRIVAL"
                : "floor.order.switch.PROTOCOL"));
        speaker.show(floor);
        announcer.show(floor);
        if (delegate != null) {
            delegate.show(floor);
        }
        queue.show(floor);
        budgets.show(floor);
        record.changed();
        if (statements != null) {
            statements.changed();
        }
    }

    /** Runs a command, shows a refusal as a translated message, and reloads either way. */
    void run(Runnable command) {
        try {
            command.run();
        } catch (RuntimeException e) {
            if (!Messages.showFailure(this, e, Map.of())) {
                throw e;
            }
        }
        refresh();
    }
}
