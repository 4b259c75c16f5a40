package org.majlis.matrix.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import org.jspecify.annotations.Nullable;
import org.majlis.base.ui.Messages;
import org.majlis.base.ui.admin.AdminDialog;
import org.majlis.base.ui.admin.LocalizedTextFields;
import org.majlis.matrix.MatrixReferenceService;
import org.majlis.matrix.OicArea;

import java.util.LinkedHashMap;
import java.util.Map;

/** Adds or edits an OIC-2025 priority area: its code, its name in three languages, and whether it is in use. */
class OicAreaDialog extends AdminDialog {

    private final MatrixReferenceService reference;
    private final SerializableConsumer<OicArea> onSaved;
    private final TextField code = new TextField();
    private final LocalizedTextFields name = new LocalizedTextFields("name", "matrix.reference.name", 300, true);
    private final Checkbox active = new Checkbox();
    private @Nullable OicArea area;

    OicAreaDialog(MatrixReferenceService reference, @Nullable OicArea area, SerializableConsumer<OicArea> onSaved) {
        super("");
        this.reference = reference;
        this.onSaved = onSaved;
        setId("area-dialog");
        setHeaderTitle(area == null ? getTranslation("matrix.reference.new-area")
                : getTranslation("matrix.reference.edit-area", area.code()));
        setWidth("min(72rem, 95vw)");
        code.setId("code");
        code.setLabel(getTranslation("matrix.reference.code"));
        code.setHelperText(getTranslation("matrix.reference.code.help"));
        code.setMaxLength(20);
        code.setRequiredIndicatorVisible(true);
        active.setId("active");
        active.setLabel(getTranslation("matrix.reference.area-active"));
        active.setValue(true);
        // A new area is always in use; retiring is for areas that entries may already name.
        active.setVisible(area != null);
        add(code, name, active);
        load(area);
        code.focus();
    }

    private void load(@Nullable OicArea fresh) {
        area = fresh;
        if (fresh != null) {
            code.setValue(fresh.code());
            name.setValue(fresh.name());
            active.setValue(fresh.active());
        }
    }

    @Override
    protected void save() {
        var current = area;
        var saved = current == null ? reference.addOicArea(code.getValue(), name.getValue())
                : reference.updateOicArea(current.id(), current.version(), code.getValue(), name.getValue(),
                active.getValue());
        Messages.success(this, "matrix.reference.saved-area", saved.code());
        close();
        onSaved.accept(saved);
    }

    @Override
    protected void reload() {
        if (area != null) {
            load(reference.oicArea(area.id()));
        }
    }

    @Override
    protected Map<String, ? extends HasValidation> errorTargets() {
        var targets = new LinkedHashMap<String, HasValidation>();
        targets.put("code", code);
        targets.putAll(name.errorTargets());
        return targets;
    }
}
