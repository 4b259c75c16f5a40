package org.majlis.base.ui.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.majlis.base.ConcurrentEditException;
import org.majlis.base.NotFoundException;
import org.majlis.base.ui.Messages;
import org.springframework.dao.OptimisticLockingFailureException;

import java.util.Map;

/**
 * A dialog that edits one record: Save (also Enter) and Cancel (also Escape). A failed save shows the service's
 * field errors next to the fields; after a concurrent edit it shows the translated message and reloads the fresh
 * record, so nothing is overwritten.
 */
public abstract class AdminDialog extends Dialog {

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
