package org.majlis.floor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import org.jspecify.annotations.Nullable;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.base.ui.Bidi;
import org.majlis.base.ui.Messages;
import org.majlis.floor.BudgetChoice;
import org.majlis.floor.BudgetSetting;
import org.majlis.floor.TimeBudgetOverview;

import java.util.Map;
import java.util.Objects;

/**
 * The chair's budgets per organisation (ADR 0049): for the room (the settings' default, none, or minutes) and for the
 * current item (the room's, none, or minutes). Each level is saved only when changed, as it was loaded: a level that
 * another chair changed meanwhile is refused (nothing is overwritten) and the dialog shows the fresh values. Bad
 * input (negative, zero, absurd, not a number) gets the service's translated message next to its field.
 */
class TimeBudgetDialog extends Dialog {

    private final FloorActions actions;
    private final @Nullable AgendaItemSummary item;
    private final Runnable changed;
    private final Level room;
    private final @Nullable Level itemLevel;
    private TimeBudgetOverview loaded;

    TimeBudgetDialog(FloorActions actions, @Nullable AgendaItemSummary item, Runnable changed) {
        this.actions = actions;
        this.item = item;
        this.changed = changed;
        setId("budget-dialog");
        setHeaderTitle(getTranslation("budgets.dialog.title"));
        setWidth("min(36rem, 95vw)");
        var hint = new Paragraph(getTranslation("budgets.dialog.hint"));
        hint.addClassName("dialog-hint");
        add(hint);
        loaded = actions.budgets().overview(actions.roomId(), item == null ? null : item.id());
        room = new Level("budget-room", getTranslation("budgets.dialog.room"),
                defaultLabel(loaded), loaded.room());
        add(room);
        if (item != null && loaded.item() != null) {
            itemLevel = new Level("budget-item", Bidi.message(this, "budgets.dialog.item", item.number(),
                    item.title().in(getLocale())), getTranslation("budgets.dialog.inherit-item"), loaded.item());
            add(itemLevel);
        } else {
            itemLevel = null;
        }
        var close = new Button(getTranslation("budgets.dialog.close"), click -> close());
        close.setId("budget-close");
        var save = new Button(getTranslation("budgets.dialog.save"), click -> save());
        save.setId("budget-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close, save);
    }

    private String defaultLabel(TimeBudgetOverview overview) {
        return overview.settingsDefault() == null ? getTranslation("budgets.dialog.inherit-room-none")
                : getTranslation("budgets.dialog.inherit-room", BudgetTexts.duration(overview.settingsDefault()));
    }

    private void save() {
        var current = room;
        try {
            if (room.changed()) {
                actions.budgets().save(actions.roomId(), null, room.version, room.choice());
            }
            if (itemLevel != null && itemLevel.changed()) {
                current = itemLevel;
                actions.budgets().save(actions.roomId(), item.id(), itemLevel.version, itemLevel.choice());
            }
            Messages.success(this, "budgets.dialog.saved");
            changed.run();
            close();
        } catch (RuntimeException e) {
            if (!Messages.showFailure(this, e, Map.of("budget", current.minutes))) {
                throw e;
            }
            reload();
        }
    }

    /** After a refusal: versions and untouched levels from the database, the user's input kept where it was. */
    private void reload() {
        loaded = actions.budgets().overview(actions.roomId(), item == null ? null : item.id());
        room.refresh(loaded.room());
        if (itemLevel != null && loaded.item() != null) {
            itemLevel.refresh(loaded.item());
        }
        changed.run();
    }

    /** One level: inherit, none, or minutes. */
    private final class Level extends Div {

        final RadioButtonGroup<BudgetChoice.Mode> mode = new RadioButtonGroup<>();
        final IntegerField minutes = new IntegerField();
        long version;
        BudgetChoice shown;

        Level(String id, String title, String inheritLabel, BudgetSetting setting) {
            setId(id);
            addClassName("budget-level");
            mode.setId(id + "-mode");
            mode.setItems(BudgetChoice.Mode.values());
            mode.setItemLabelGenerator(m -> switch (m) {
                case INHERIT -> inheritLabel;
                case NONE -> getTranslation("budgets.dialog.none");
                case LIMIT -> getTranslation("budgets.dialog.limit");
            });
            minutes.setId(id + "-minutes");
            minutes.setLabel(getTranslation("budgets.dialog.minutes"));
            minutes.setStepButtonsVisible(true);
            minutes.addValueChangeListener(change -> {
                minutes.setInvalid(false);
                if (change.isFromClient()) {
                    mode.setValue(BudgetChoice.Mode.LIMIT);
                }
            });
            mode.addValueChangeListener(change -> minutes.setEnabled(change.getValue() == BudgetChoice.Mode.LIMIT));
            add(new H4(title), mode, minutes);
            show(setting);
        }

        void show(BudgetSetting setting) {
            version = setting.version();
            shown = setting.choice();
            mode.setValue(shown.mode());
            minutes.setValue(shown.seconds() == null ? null : Math.max(1, shown.seconds() / 60));
            minutes.setEnabled(shown.mode() == BudgetChoice.Mode.LIMIT);
        }

        /** Fresh version; the fresh values too unless the user changed this level. */
        void refresh(BudgetSetting setting) {
            if (changed()) {
                version = setting.version();
                shown = setting.choice();
            } else {
                show(setting);
            }
        }

        BudgetChoice choice() {
            var value = mode.getValue();
            if (value == null || value == BudgetChoice.Mode.INHERIT) {
                return BudgetChoice.inherit();
            }
            if (value == BudgetChoice.Mode.NONE) {
                return BudgetChoice.none();
            }
            var typed = minutes.getValue();
            // not a number, or so large it would overflow: the service refuses it with its message
            var seconds = typed == null ? null : (int) Math.max(Integer.MIN_VALUE,
                    Math.min(Integer.MAX_VALUE, typed * 60L));
            return BudgetChoice.seconds(seconds);
        }

        boolean changed() {
            var choice = choice();
            if (choice.mode() != shown.mode()) {
                return true;
            }
            return choice.mode() == BudgetChoice.Mode.LIMIT && !Objects.equals(choice.seconds(), shown.seconds());
        }
    }
}
