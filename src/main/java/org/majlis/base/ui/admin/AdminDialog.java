package org.majlis.base.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.majlis.base.ConcurrentEditException;
import org.majlis.base.NotFoundException;
import org.majlis.base.ui.Messages;
import org.springframework.dao.OptimisticLockingFailureException;

import java.util.List;
import java.util.Map;

/**
 * A dialog that edits one record: Save (also Enter) and Cancel (also Escape). A failed save shows the service's
 * field errors next to the fields; after a concurrent edit it shows the translated message and reloads the fresh
 * record, so nothing is overwritten.
 * <p>
 * Enter saves only from fields where it means nothing else: in a date, time or combo box field it takes the typed
 * value or the highlighted choice (and in a text area starts a new line) and stops there, so a half-typed date is
 * never saved together with whatever the form filled in from it.
 */
public abstract class AdminDialog extends Dialog {

    private static final String ENTER_KEPT = "majlis-enter-kept";
    private static final List<Class<? extends Component>> ENTER_HAS_A_MEANING = List.of(DatePicker.class,
            DateTimePicker.class, TimePicker.class, ComboBox.class, MultiSelectComboBox.class, TextArea.class);

    protected final Button save;
    protected final Button cancel;

    protected AdminDialog(String title) {
        setHeaderTitle(title);
        addClassName("admin-dialog");
        setModal(true);
        setCloseOnEsc(true);
        setCloseOnOutsideClick(false);
        save = new Button(getTranslation("admin.save"), click -> trySave());
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        cancel = new Button(getTranslation("admin.cancel"), click -> close());
        cancel.setId("cancel");
        getFooter().add(cancel, save);
        addAttachListener(event -> keepEnterInside(this));
    }

    /** Stops Enter at every field below that uses it itself, before it reaches the dialog's Save shortcut. */
    private static void keepEnterInside(Component parent) {
        parent.getChildren().forEach(child -> {
            if (ENTER_HAS_A_MEANING.stream().anyMatch(type -> type.isInstance(child))
                    && ComponentUtil.getData(child, ENTER_KEPT) == null) {
                ComponentUtil.setData(child, ENTER_KEPT, Boolean.TRUE);
                child.getElement().addEventListener("keydown", event -> {
                }).setFilter("event.key === 'Enter'").stopPropagation();
            }
            keepEnterInside(child);
        });
    }

    /** Calls the service; throws what it throws. */
    protected abstract void save();

    /** The form's fields by the names the service uses in its field errors. */
    protected abstract Map<String, ? extends HasValidation> errorTargets();

    /** Loads the record as it is now into the form (after someone else changed it). */
    protected abstract void reload();

    private void trySave() {
        Messages.clear(errorTargets());
        try {
            save();
        } catch (ConcurrentEditException | OptimisticLockingFailureException concurrent) {
            Messages.showFailure(this, concurrent, errorTargets());
            reload();
        } catch (NotFoundException gone) {
            Messages.error(this, "validation.not-found");
        } catch (RuntimeException failure) {
            if (!Messages.showFailure(this, failure, errorTargets())) {
                throw failure;
            }
        }
    }
}
