package org.majlis.floor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.majlis.base.Move;
import org.majlis.base.ui.LiveClock;
import org.majlis.base.ui.IsolatedText;
import org.majlis.base.ui.Texts;
import org.majlis.floor.FloorRequestSummary;
import org.majlis.floor.FloorState;
import org.majlis.meetings.DelegationRank;
import org.jspecify.annotations.Nullable;

import java.util.function.Consumer;
import java.util.function.Supplier;
import java.time.Instant;

/** One waiting request: place, organisation and speaker, kind, waiting time; for chairs: give, move, refuse. */
class QueueRow extends Div {

    private final Span position = new Span();
    private final IsolatedText speaker = new IsolatedText();
    private final Span kind = new Span();
    private final Span statement = new Span();
    private final Span rank = new Span();
    private final IsolatedText reply = new IsolatedText();
    private Button give;
    private final LiveClock waiting = new LiveClock();
    private final Button up = new Button(VaadinIcon.ARROW_UP.create());
    private final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    private final Span budget = new Span();
    private FloorRequestSummary request;
    private boolean shownMine;
    private boolean shownUp;
    private boolean shownDown;
    private boolean shownAnswersSpeaker;

    QueueRow(FloorActions actions, Consumer<Runnable> run, Supplier<FloorState> state) {
        addClassName("queue-row");
        position.addClassName("queue-position");
        speaker.addClassName("queue-speaker");
        kind.getElement().getThemeList().add("badge");
        kind.addClassName("queue-kind");
        waiting.addClassName("queue-waiting");
        statement.addClassName("queue-statement");
        statement.setText(getTranslation("floor.queue.has-statement"));
        rank.getElement().getThemeList().add("badge contrast");
        rank.addClassName("queue-rank");
        reply.addClassName("queue-reply");
        add(position, speaker, kind, rank, statement, new Span(getTranslation("floor.queue.waiting")), waiting, reply);
        budget.addClassName("queue-budget");
        budget.setVisible(false);
        add(budget);
        if (actions.chair()) {
            give = new Button(getTranslation("floor.action.give"), click -> run.accept(() ->
                    actions.floor().grant(actions.roomId(), request.id(), state.get().speakerId())));
            give.addClassName("queue-give");
            give.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            icon(up, "floor.action.up", () -> actions.floor().move(actions.roomId(), request.id(), Move.UP), run);
            icon(down, "floor.action.down", () -> actions.floor().move(actions.roomId(), request.id(), Move.DOWN), run);
            var refuse = new Button(getTranslation("floor.action.refuse"), click ->
                    new RefuseDialog(request, reason -> actions.floor().refuse(actions.roomId(), request.id(), reason),
                            run).open());
            refuse.addClassName("queue-refuse");
            refuse.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            var buttons = new Div(give, up, down, refuse);
            buttons.addClassName("queue-actions");
            add(buttons);
        }
    }

    private void icon(Button button, String key, Runnable command, Consumer<Runnable> run) {
        button.setAriaLabel(getTranslation(key));
        button.setTooltipText(getTranslation(key));
        button.addClassName(key.endsWith("up") ? "queue-up" : "queue-down");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(click -> run.accept(command));
    }

    /**
     * Shows the request; a row whose request, ownership and moves are as last shown changes nothing (a burst of
     * requests must not re-check every row of every open list on every change).
     */
    void show(FloorRequestSummary summary, boolean mine, boolean canMoveUp, boolean canMoveDown,
              Instant serverNow, @Nullable Long speakerId) {
        var first = request == null;
        var answersSpeaker = summary.repliesTo() != null && speakerId != null
                && summary.repliesTo().requestId() == speakerId;
        if (!first && summary.equals(request) && mine == shownMine && canMoveUp == shownUp
                && canMoveDown == shownDown && answersSpeaker == shownAnswersSpeaker) {
            return;
        }
        shownAnswersSpeaker = answersSpeaker;
        this.request = summary;
        shownMine = mine;
        shownUp = canMoveUp;
        shownDown = canMoveDown;
        Texts.attribute(this, "data-request-id", String.valueOf(summary.id()));
        Texts.attribute(this, "data-kind", summary.kind().name());
        Texts.flag(this, "mine", mine);
        Texts.set(position, summary.position() + ".");
        FloorTexts.speaker(speaker, this, summary);
        Texts.set(kind, FloorTexts.kind(this, summary.kind()));
        Texts.visible(statement, summary.hasStatement());
        Texts.visible(rank, summary.rank() != DelegationRank.EXPERT);
        Texts.set(rank, getTranslation("rank." + summary.rank().name()));
        var answered = summary.repliesTo();
        Texts.visible(reply, answered != null);
        if (answered != null) {
            reply.show(this, "floor.reply.to", answered.organisation(), answered.speakerName());
        }
        // a reply to the speech going on now: the chair gives it the floor right after that speech
        Texts.flag(this, "answers-speaker", answersSpeaker);
        if (give != null) {
            Texts.set(give, getTranslation(answersSpeaker ? "floor.action.give-reply" : "floor.action.give"));
        }
        if (first) {
            waiting.since(summary.requestedAt(), serverNow);
        }
        Texts.visible(up, canMoveUp);
        Texts.visible(down, canMoveDown);
    }

    FloorRequestSummary request() {
        return request;
    }

    /**
     * The organisation's time on the item against its budget ("2:10 used · 2:50 left"), as of the floor's last load
     * (ADR 0049); hidden without a budget. Sent only when the text or the level changes.
     */
    void showBudget(FloorState floor) {
        var budgets = floor.budgets();
        if (request == null || !budgets.active()) {
            Texts.visible(budget, false);
            return;
        }
        var organisationId = request.organisationId();
        var used = budgets.used(organisationId, floor.speaker(), floor.now());
        var left = budgets.left(organisationId, floor.speaker(), floor.now());
        Texts.set(budget, left.isNegative()
                ? getTranslation("budgets.queue-over", BudgetTexts.duration(used), BudgetTexts.duration(left.negated()))
                : getTranslation("budgets.queue", BudgetTexts.duration(used), BudgetTexts.duration(left)));
        Texts.attribute(budget, "data-level", budgets.level(organisationId, floor.speaker(), floor.now()).name());
        Texts.visible(budget, true);
    }
}
