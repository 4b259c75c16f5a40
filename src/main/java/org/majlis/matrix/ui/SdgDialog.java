package org.majlis.matrix.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.function.SerializableConsumer;
import org.majlis.base.ui.Messages;
import org.majlis.base.ui.admin.AdminDialog;
import org.majlis.base.ui.admin.LocalizedTextFields;
import org.majlis.matrix.MatrixReferenceService;
import org.majlis.matrix.SdgGoal;

import java.util.Map;

/** Edits the short name of one SDG in three languages (the 17 goals themselves are fixed). */
class SdgDialog extends AdminDialog {

    private final MatrixReferenceService reference;
    private final SerializableConsumer<SdgGoal> onSaved;
    private final LocalizedTextFields name = new LocalizedTextFields("name", "matrix.reference.name", 200, true);
    private SdgGoal goal;

    SdgDialog(MatrixReferenceService reference, SdgGoal goal, SerializableConsumer<SdgGoal> onSaved) {
        super("");
        this.reference = reference;
        this.onSaved = onSaved;
        this.goal = goal;
        setId("sdg-dialog");
        setHeaderTitle(getTranslation("matrix.reference.edit-sdg", goal.number()));
        setWidth("min(72rem, 95vw)");
        add(name);
        name.setValue(goal.name());
    }

    @Override
    protected void save() {
        var saved = reference.renameSdg(goal.number(), goal.version(), name.getValue());
        Messages.success(this, "matrix.reference.saved-sdg", saved.number());
        close();
        onSaved.accept(saved);
    }

    @Override
    protected void reload() {
        goal = reference.sdg(goal.number());
        name.setValue(goal.name());
    }

    @Override
    protected Map<String, ? extends HasValidation> errorTargets() {
        return name.errorTargets();
    }
}
