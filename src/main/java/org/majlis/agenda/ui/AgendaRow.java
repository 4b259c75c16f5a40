package org.majlis.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.majlis.agenda.AgendaItemStatus;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.agenda.ui.AgendaPanel.Action;
import org.majlis.base.Language;
import org.majlis.base.ui.LiveClock;
import org.majlis.base.ui.LocalizedSpan;
import org.majlis.base.ui.Texts;

import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * One agenda item: number, title (in its own direction), status, planned and actual time; for chairs the buttons
 * that apply to its status. {@link #show} changes only what differs from what is on screen.
 */
class AgendaRow extends Div {

    private final boolean chair;
    private final BiConsumer<AgendaItemSummary, Action> onAction;
    private final Span number = new Span();
    private final Div titleBox = new Div();
    private final Span missing = new Span();
    private final Span status = new Span();
    private final Span planned = new Span();
    private final LiveClock actual = new LiveClock();
    private final Div actions = new Div();
    private final Button up = button(VaadinIcon.ARROW_UP, "agenda.action.up", Action.UP);
    private final Button down = button(VaadinIcon.ARROW_DOWN, "agenda.action.down", Action.DOWN);
    private final Button open = button(null, "agenda.action.open", Action.OPEN);
    private final Button close = button(null, "agenda.action.close", Action.CLOSE);
    private final Button defer = button(null, "agenda.action.defer", Action.DEFER);
    private final Button reopen = button(null, "agenda.action.reopen", Action.REOPEN);
    private final Button edit = button(VaadinIcon.EDIT, "agenda.action.edit", Action.EDIT);
    private final Button delete = button(VaadinIcon.TRASH, "agenda.action.delete", Action.DELETE);
    private final Button notes = button(VaadinIcon.NOTEBOOK, "agenda.action.notes", Action.NOTES);
    private AgendaItemSummary item;
    private String shownTitle = "";

    /**
     * @param chair      shows the chair's buttons (the room is writable for them)
     * @param keepsNotes shows the button for the item's private notes (a chair or rapporteur of the room)
     */
    AgendaRow(boolean chair, boolean keepsNotes, BiConsumer<AgendaItemSummary, Action> onAction) {
        this.chair = chair;
        this.onAction = onAction;
        addClassName("agenda-item");
        number.addClassName("agenda-number");
        titleBox.addClassName("agenda-title");
        missing.addClassName("missing-languages");
        status.getElement().getThemeList().add("badge");
        status.addClassName("agenda-status");
        var timing = new Div(planned, new Span(" · "), new Span(getTranslation("agenda.actual")), actual);
        timing.addClassName("agenda-timing");
        var main = new Div(number, titleBox, status);
        main.addClassName("agenda-main");
        if (chair) {
            main.addComponentAtIndex(2, missing);
        }
        add(main, timing);
        if (chair) {
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            // Filled, not tertiary: Lumo's primary text colour on a tertiary (transparent) button is white on white.
            for (var button : List.of(open, reopen)) {
                button.removeThemeVariants(ButtonVariant.LUMO_TERTIARY);
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            actions.add(up, down, open, close, defer, reopen, edit, delete);
        }
        if (keepsNotes) {
            actions.add(notes);
        }
        if (chair || keepsNotes) {
            actions.addClassName("agenda-actions");
            add(actions);
        }
    }

    private Button button(VaadinIcon icon, String labelKey, Action action) {
        var button = icon == null ? new Button(getTranslation(labelKey)) : new Button(icon.create());
        if (icon != null) {
            button.setAriaLabel(getTranslation(labelKey));
            button.setTooltipText(getTranslation(labelKey));
        }
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClassName("agenda-" + action.name().toLowerCase(java.util.Locale.ROOT));
        button.addClickListener(click -> onAction.accept(item, action));
        return button;
    }

    void show(AgendaItemSummary summary, int count, Instant now) {
        var changed = item == null || item.version() != summary.version() || item.number() != summary.number();
        this.item = summary;
        Texts.attribute(this, "data-item-id", String.valueOf(summary.id()));
        Texts.attribute(this, "data-status", summary.status().name());
        Texts.flag(this, "current", summary.isOpen());
        Texts.set(number, summary.number() + ".");
        var title = summary.title().in(getLocale());
        if (!title.equals(shownTitle)) {
            shownTitle = title;
            titleBox.removeAll();
            titleBox.add(new LocalizedSpan(summary.title(), getLocale()));
        }
        Texts.set(status, getTranslation("agenda.status." + summary.status().name()));
        Texts.set(planned, getTranslation("agenda.planned", summary.plannedMinutes()));
        if (summary.isOpen()) {
            if (changed || !"up".equals(actual.mode())) {
                actual.since(now.minusSeconds(summary.actualSeconds()), now);
            }
        } else {
            actual.fixed(java.time.Duration.ofSeconds(summary.actualSeconds()));
        }
        Texts.flag(actual, "over", summary.overSeconds() > 0);
        if (chair) {
            var missingLanguages = summary.title().missingLanguages();
            Texts.set(missing, missingLanguages.isEmpty() ? "" : getTranslation("agenda.missing-languages",
                    missingLanguages.stream().map(Language::code).map(c -> getTranslation("language." + c))
                            .collect(Collectors.joining(", "))));
            Texts.visible(up, summary.number() > 1);
            Texts.visible(down, summary.number() < count);
            Texts.visible(open, summary.status() == AgendaItemStatus.PENDING);
            Texts.visible(close, summary.isOpen());
            Texts.visible(defer, summary.status() == AgendaItemStatus.PENDING || summary.isOpen());
            Texts.visible(reopen, summary.status() == AgendaItemStatus.CLOSED
                    || summary.status() == AgendaItemStatus.DEFERRED);
            Texts.visible(delete, summary.status() == AgendaItemStatus.PENDING && summary.firstOpenedAt() == null);
        }
    }

    AgendaItemSummary item() {
        return item;
    }

}
