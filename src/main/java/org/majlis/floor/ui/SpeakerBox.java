package org.majlis.floor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.majlis.base.ui.LiveClock;
import org.majlis.base.ui.IsolatedText;
import org.majlis.base.ui.Texts;
import org.majlis.floor.FloorState;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Who has the floor, with the countdown everyone sees; for chairs: give the floor to the next speaker, end the
 * intervention, add time, pause and resume the speaker's clock. The countdown is sent once per change (start, added
 * time, pause, resume, end) and ticks in the browser.
 */
class SpeakerBox extends Div {

    private final FloorActions actions;
    private final Consumer<Runnable> run;
    private final Supplier<FloorState> state;
    private final Span label = new Span();
    private final IsolatedText name = new IsolatedText();
    private final Span kind = new Span();
    private final LiveClock countdown = new LiveClock();
    private final Div chairButtons = new Div();
    private final Button next = new Button();
    private final Button end = new Button();
    private final Button add30 = new Button();
    private final Button add60 = new Button();
    private final Button pause = new Button();
    private final Button resume = new Button();
    private final Span paused = new Span();
    private final IsolatedText reply = new IsolatedText();
    private final TimerDisplay timer = new TimerDisplay(countdown, paused);
    private final SpeakerBudget budget = new SpeakerBudget(countdown);

    SpeakerBox(FloorActions actions, Consumer<Runnable> run, Supplier<FloorState> state) {
        this.actions = actions;
        this.run = run;
        this.state = state;
        setId("floor-speaker");
        addClassName("speaker-box");
        name.setId("floor-speaker-name");
        name.addClassName("speaker-name");
        kind.getElement().getThemeList().add("badge");
        countdown.setId("floor-countdown");
        countdown.addClassName("countdown");
        paused.setId("floor-paused");
        reply.setId("floor-speaker-reply");
        reply.addClassName("speaker-reply");
        add(label, name, kind, countdown, paused, reply, budget);
        if (actions.chair()) {
            setup(next, "floor-next", "floor.action.next", VaadinIcon.MEGAPHONE, this::grantNext);
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            setup(end, "floor-end", "floor.action.end", VaadinIcon.STOP, () -> {
                var speaker = state.get().speaker();
                if (speaker != null) {
                    actions.floor().endIntervention(actions.roomId(), speaker.id());
                }
            });
            setup(add30, "floor-add-30", "floor.action.add-30", null, () -> addTime(30));
            setup(add60, "floor-add-60", "floor.action.add-60", null, () -> addTime(60));
            setup(pause, "floor-pause", "floor.action.pause", VaadinIcon.PAUSE, () -> {
                var speaker = state.get().speaker();
                if (speaker != null) {
                    actions.floor().pause(actions.roomId(), speaker.id());
                }
            });
            setup(resume, "floor-resume", "floor.action.resume", VaadinIcon.PLAY, () -> {
                var speaker = state.get().speaker();
                if (speaker != null) {
                    actions.floor().resume(actions.roomId(), speaker.id());
                }
            });
            chairButtons.add(next, end, add30, add60, pause, resume);
            ChairKeys.bind(next, end, add30, add60, pause, resume);
            chairButtons.addClassName("chair-buttons");
            add(chairButtons);
        }
    }

    private void setup(Button button, String id, String key, VaadinIcon icon, Runnable command) {
        button.setText(getTranslation(key));
        if (icon != null) {
            button.setIcon(icon.create());
        }
        button.setId(id);
        button.addClickListener(click -> run.accept(command));
    }

    private void grantNext() {
        var floor = state.get();
        if (floor.item() != null) {
            actions.floor().grantNext(actions.roomId(), floor.item().id(), floor.speakerId());
        }
    }

    private void addTime(int seconds) {
        var speaker = state.get().speaker();
        if (speaker != null) {
            actions.floor().addTime(actions.roomId(), speaker.id(), seconds);
        }
    }

    void show(FloorState floor) {
        Texts.visible(this, floor.item() != null);
        var speaker = floor.speaker();
        Texts.flag(this, "speaking", speaker != null);
        if (speaker == null) {
            Texts.set(label, getTranslation("floor.no-speaker"));
            name.clear();
            Texts.visible(kind, false);
            Texts.visible(countdown, false);
            Texts.visible(reply, false);
            timer.clear();
        } else {
            Texts.set(label, getTranslation("floor.speaker-label"));
            FloorTexts.speaker(name, this, speaker);
            Texts.set(kind, FloorTexts.kind(this, speaker.kind()));
            Texts.visible(kind, true);
            Texts.visible(countdown, true);
            timer.show(speaker.id(), speaker.timer(), floor.now());
            var answered = speaker.repliesTo();
            Texts.visible(reply, answered != null);
            if (answered != null) {
                reply.show(this, "floor.reply.to", answered.organisation(), answered.speakerName());
            }
        }
        budget.show(floor);
        if (actions.chair()) {
            Texts.visible(end, speaker != null);
            Texts.visible(add30, speaker != null);
            Texts.visible(add60, speaker != null);
            var isPaused = speaker != null && speaker.timer().paused();
            Texts.visible(pause, speaker != null && !isPaused);
            Texts.visible(resume, isPaused);
            next.setEnabled(!floor.queue().isEmpty());
        }
    }
}
