package org.majlis.floor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import org.majlis.base.ui.Bidi;
import org.majlis.base.ui.Texts;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorRequestSummary;
import org.majlis.floor.FloorState;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A delegate's own part of the floor: ask for the floor for their organisation (choosing the kind), see where
 * they stand — their place in the list, that they have the floor, or why the chair refused — withdraw before being
 * called, and attach their written statement.
 */
class DelegateBox extends Div {

    private final FloorActions actions;
    private final Consumer<Runnable> run;
    private final Supplier<FloorState> state;
    private final Select<FloorKind> kind = new Select<>();
    private final Select<FloorRequestSummary> repliesTo = new Select<>();
    private final Button request = new Button();
    private final Button withdraw = new Button();
    private final Button statement = new Button();
    private final Span status = new Span();

    DelegateBox(FloorActions actions, Consumer<Runnable> run, Supplier<FloorState> state) {
        this.actions = actions;
        this.run = run;
        this.state = state;
        setId("floor-delegate");
        addClassName("delegate-box");
        kind.setId("floor-kind");
        kind.setLabel(getTranslation("floor.kind.label"));
        kind.setItems(FloorKind.values());
        kind.setItemLabelGenerator(k -> FloorTexts.kind(this, k));
        kind.setValue(FloorKind.STATEMENT);
        kind.addValueChangeListener(event -> showReplyChoice(state.get()));
        repliesTo.setId("floor-replies-to");
        repliesTo.setLabel(getTranslation("floor.reply.label"));
        repliesTo.addClassName("floor-replies-to");
        repliesTo.setItemLabelGenerator(answered -> answered == null ? getTranslation("floor.reply.none")
                : FloorTexts.speaker(this, answered));
        repliesTo.setEmptySelectionAllowed(true);
        repliesTo.setEmptySelectionCaption(getTranslation("floor.reply.none"));
        repliesTo.setVisible(false);
        request.setText(getTranslation("floor.action.request"));
        request.setIcon(VaadinIcon.HAND.create());
        request.setId("floor-request");
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        request.setDisableOnClick(true); // a double click sends one request (the service also makes it one)
        request.addClickListener(click -> run.accept(this::requestFloor));
        withdraw.setText(getTranslation("floor.action.withdraw"));
        withdraw.setId("floor-withdraw");
        withdraw.addClickListener(click -> run.accept(() -> state.get().myOpenRequest()
                .ifPresent(mine -> actions.floor().withdraw(actions.roomId(), mine.id()))));
        statement.setText(getTranslation("floor.action.statement"));
        statement.setIcon(VaadinIcon.FILE_TEXT_O.create());
        statement.setId("floor-statement");
        statement.addClickListener(click -> state.get().myLatestRequest().ifPresent(this::openStatement));
        status.setId("floor-my-status");
        status.addClassName("my-status");
        var controls = new Div(kind, repliesTo, request, withdraw, statement);
        controls.addClassName("delegate-controls");
        add(controls, status);
    }

    private void requestFloor() {
        var floor = state.get();
        if (floor.item() != null && floor.myOrganisationId() != null && kind.getValue() != null) {
            var answered = repliesTo.isVisible() && repliesTo.getValue() != null ? repliesTo.getValue().id() : null;
            actions.floor().requestFloor(actions.roomId(), floor.item().id(), floor.myOrganisationId(),
                    kind.getValue(), answered);
        }
    }

    private void openStatement(FloorRequestSummary mine) {
        new StatementDialog(actions, mine, () -> run.accept(() -> { })).open();
    }

    void show(FloorState floor) {
        Texts.visible(this, floor.item() != null);
        var open = floor.myOpenRequest();
        var latest = floor.myLatestRequest();
        var waiting = open.filter(FloorRequestSummary::isWaiting).isPresent();
        var acts = actions.mayChange(); // a read-only room: the delegate sees where they stand, and nothing to click
        Texts.visible(kind, acts && open.isEmpty());
        Texts.visible(request, acts && open.isEmpty());
        showReplyChoice(floor);
        request.setEnabled(open.isEmpty() && floor.mayRequest());
        Texts.visible(withdraw, acts && waiting);
        Texts.visible(statement, acts && latest.isPresent());
        Texts.set(status, latest.map(this::statusText).orElse(getTranslation("floor.mine.none")));
        Texts.attribute(status, "data-status", latest.map(r -> r.status().name()).orElse("NONE"));
    }

    /**
     * A right of reply or a question may name the speech it answers: the current speaker's (chosen by default) or a
     * recent one's. The choice is kept when the list changes, if that speech is still in it.
     */
    private void showReplyChoice(FloorState floor) {
        if (floor == null) {
            return;
        }
        var replying = kind.getValue() == FloorKind.RIGHT_OF_REPLY || kind.getValue() == FloorKind.QUESTION;
        var show = replying && kind.isVisible() && !floor.answerable().isEmpty();
        Texts.visible(repliesTo, show);
        if (!show) {
            return;
        }
        var choices = floor.answerable();
        var shownIds = repliesTo.getListDataView().getItems().map(FloorRequestSummary::id).toList();
        var ids = choices.stream().map(FloorRequestSummary::id).toList();
        if (!ids.equals(shownIds)) {
            var chosen = repliesTo.getValue() == null ? null : repliesTo.getValue().id();
            repliesTo.setItems(choices);
            repliesTo.setValue(choices.stream().filter(c -> c.id() == (chosen == null ? -1 : chosen)).findFirst()
                    .orElse(choices.getFirst()));
        }
    }

    private String statusText(FloorRequestSummary mine) {
        return switch (mine.status()) {
            case WAITING -> getTranslation("floor.mine.waiting", mine.position(), FloorTexts.kind(this, mine.kind()));
            case SPEAKING -> getTranslation("floor.mine.speaking");
            case SPOKE -> getTranslation("floor.mine.spoke");
            case WITHDRAWN -> getTranslation("floor.mine.withdrawn");
            case REFUSED -> Bidi.message(this, "floor.mine.refused", mine.refusalReason() == null ? ""
                    : mine.refusalReason());
            case LAPSED -> getTranslation("floor.mine.lapsed");
        };
    }

}
