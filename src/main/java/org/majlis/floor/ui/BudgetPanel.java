package org.majlis.floor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.majlis.base.ui.LocalizedSpan;
import org.majlis.base.ui.Texts;
import org.majlis.floor.FloorState;
import org.majlis.floor.OrganisationBudgets;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Time per organisation on the current item (ADR 0049), for everyone in the room: the budget per organisation and
 * where it comes from, then each organisation on the list of speakers with its time used and left (as of the last
 * change; the speaker's own line counts down in {@link SpeakerBudget}). Chairs open the budgets from here.
 */
class BudgetPanel extends Div {

    private final Span summary = new Span();
    private final Div organisations = new Div();
    private final Map<Long, Div> lines = new HashMap<>();

    BudgetPanel(FloorActions actions, Supplier<FloorState> state, Runnable changed) {
        setId("floor-budgets");
        addClassName("floor-budgets");
        summary.setId("floor-budget-summary");
        summary.addClassName("budget-summary");
        organisations.addClassName("budget-organisations");
        var header = new Div(summary);
        header.addClassName("budget-header");
        if (actions.chair()) {
            var edit = new Button(getTranslation("budgets.edit"), VaadinIcon.TIMER.create(), click -> {
                var item = state.get().item();
                new TimeBudgetDialog(actions, item, changed).open();
            });
            edit.setId("floor-budget-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            header.add(edit);
        }
        add(header, organisations);
    }

    void show(FloorState floor) {
        Texts.visible(this, floor.item() != null);
        var budgets = floor.budgets();
        Texts.set(summary, BudgetTexts.summary(this, budgets.budget(), budgets.source()));
        Texts.visible(organisations, budgets.active() && !budgets.organisations().isEmpty());
        if (!budgets.active()) {
            return;
        }
        var wanted = budgets.organisations().stream().map(o -> line(floor, budgets, o)).toList();
        organisations.getChildren().filter(child -> !wanted.contains(child)).toList()
                .forEach(organisations::remove);
        for (var i = 0; i < wanted.size(); i++) {
            var line = wanted.get(i);
            var element = organisations.getElement();
            if (element.getChildCount() <= i || !element.getChild(i).equals(line.getElement())) {
                organisations.addComponentAtIndex(i, line);
            }
        }
    }

    private Div line(FloorState floor, OrganisationBudgets budgets, OrganisationBudgets.Organisation organisation) {
        var line = lines.computeIfAbsent(organisation.id(), id -> {
            var created = new Div(new LocalizedSpan(organisation.name(), getLocale()), new Span());
            created.addClassName("budget-line");
            created.getElement().setAttribute("data-organisation-id", String.valueOf(id));
            return created;
        });
        var used = budgets.used(organisation.id(), floor.speaker(), floor.now());
        var left = budgets.left(organisation.id(), floor.speaker(), floor.now());
        var text = (Span) line.getComponentAt(1);
        Texts.set(text, left.isNegative()
                ? getTranslation("budgets.queue-over", BudgetTexts.duration(used), BudgetTexts.duration(left.negated()))
                : getTranslation("budgets.queue", BudgetTexts.duration(used), BudgetTexts.duration(left)));
        Texts.attribute(line, "data-level", budgets.level(organisation.id(), floor.speaker(), floor.now()).name());
        return line;
    }
}
