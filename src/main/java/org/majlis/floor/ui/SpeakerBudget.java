package org.majlis.floor.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.majlis.base.ui.IsolatedText;
import org.majlis.base.ui.LiveClock;
import org.majlis.base.ui.Texts;
import org.majlis.floor.FloorState;

/**
 * The speaker's organisation against its budget (ADR 0049): "Time left for FAO: 1:20 of 5:00", counted down by the
 * browser like the speaker's own countdown, and the speaker's countdown itself told when the organisation's budget
 * runs out, so it turns amber near the end and red past it. Sent once per change, never per second.
 */
class SpeakerBudget extends Div {

    private final LiveClock speakerCountdown;
    private final IsolatedText label = new IsolatedText();
    private final LiveClock left = new LiveClock();
    private final Span of = new Span();

    SpeakerBudget(LiveClock speakerCountdown) {
        this.speakerCountdown = speakerCountdown;
        setId("floor-budget-speaker");
        addClassName("speaker-budget");
        left.setId("floor-budget-left");
        left.addClassName("budget-left");
        add(label, left, of);
        setVisible(false);
    }

    void show(FloorState floor) {
        var speaker = floor.speaker();
        var budgets = floor.budgets();
        var budget = budgets.budget();
        mark(speakerCountdown, floor);
        if (speaker == null || budget == null || speaker.timer() == null) {
            Texts.visible(this, false);
            left.noBudget();
            return;
        }
        Texts.visible(this, true);
        label.show(this, "budgets.speaker-left", speaker.organisation());
        Texts.set(of, getTranslation("budgets.of", BudgetTexts.duration(budget)));
        if (speaker.timer().paused()) {
            left.fixed(budgets.left(speaker.organisationId(), speaker, floor.now()));
        } else {
            left.countdown(budgets.deadline(speaker), floor.now());
        }
        mark(left, floor);
    }

    /**
     * Tells a clock when the speaker's organisation runs out of budget (or how much it has left while paused), so
     * that the browser turns it amber near the end and red past it; no budget, no speaker: nothing to follow. The
     * room's status bar marks its own countdown with this too.
     */
    static void mark(LiveClock clock, FloorState floor) {
        var speaker = floor.speaker();
        var budgets = floor.budgets();
        if (speaker == null || !budgets.active() || speaker.timer() == null) {
            clock.noBudget();
        } else if (speaker.timer().paused()) {
            clock.budgetStopped(budgets.left(speaker.organisationId(), speaker, floor.now()), budgets.warningFor());
        } else {
            clock.budget(budgets.deadline(speaker), budgets.warningFor());
        }
    }
}
