package org.majlis.agenda.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.LocalizedText;
import org.majlis.base.ui.Messages;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Creates or edits an agenda item: title and description in English, French and Arabic (at least one title), the
 * planned minutes, and optional speaking-time limits for this item (empty = the room's default).
 */
class AgendaItemDialog extends Dialog {

    private final TextField titleEn = new TextField();
    private final TextField titleFr = new TextField();
    private final TextField titleAr = new TextField();
    private final TextArea descriptionEn = new TextArea();
    private final TextArea descriptionFr = new TextArea();
    private final TextArea descriptionAr = new TextArea();
    private final IntegerField plannedMinutes = new IntegerField();
    private final IntegerField limitStatement = new IntegerField();
    private final IntegerField limitRightOfReply = new IntegerField();
    private final IntegerField limitPointOfOrder = new IntegerField();
    private final IntegerField limitQuestion = new IntegerField();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    AgendaItemDialog(@Nullable AgendaItemSummary existing, Consumer<AgendaItemData> save) {
        setId("agenda-item-dialog");
        setHeaderTitle(getTranslation(existing == null ? "agenda.dialog.new" : "agenda.dialog.edit"));
        label(titleEn, "titleEn", "agenda.field.title-en");
        label(titleFr, "titleFr", "agenda.field.title-fr");
        label(titleAr, "titleAr", "agenda.field.title-ar");
        label(descriptionEn, "descriptionEn", "agenda.field.description-en");
        label(descriptionFr, "descriptionFr", "agenda.field.description-fr");
        label(descriptionAr, "descriptionAr", "agenda.field.description-ar");
        titleAr.getElement().setAttribute("dir", "rtl");
        descriptionAr.getElement().setAttribute("dir", "rtl");
        label(plannedMinutes, "plannedMinutes", "agenda.field.planned-minutes");
        plannedMinutes.setMin(0);
        plannedMinutes.setStepButtonsVisible(true);
        label(limitStatement, "limitStatement", "agenda.field.limit-statement");
        label(limitRightOfReply, "limitRightOfReply", "agenda.field.limit-right-of-reply");
        label(limitPointOfOrder, "limitPointOfOrder", "agenda.field.limit-point-of-order");
        label(limitQuestion, "limitQuestion", "agenda.field.limit-question");
        for (var limit : new IntegerField[]{limitStatement, limitRightOfReply, limitPointOfOrder, limitQuestion}) {
            limit.setHelperText(getTranslation("agenda.field.limit-help"));
        }

        var form = new FormLayout(titleEn, titleFr, titleAr, descriptionEn, descriptionFr, descriptionAr,
                plannedMinutes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        form.setColspan(plannedMinutes, 1);
        var limits = new FormLayout(limitStatement, limitRightOfReply, limitPointOfOrder, limitQuestion);
        limits.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));
        add(form, new H4(getTranslation("agenda.dialog.limits")), limits);

        if (existing != null) {
            fill(existing);
        } else {
            plannedMinutes.setValue(15);
        }
        var saveButton = new Button(getTranslation("live.save"), click -> {
            Messages.clear(fields);
            try {
                save.accept(data());
                close();
            } catch (RuntimeException e) {
                if (!Messages.showFailure(this, e, fields)) {
                    throw e;
                }
            }
        });
        saveButton.setId("agenda-item-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("live.cancel"), click -> close());
        getFooter().add(cancel, saveButton);
        setWidth("min(60rem, 95vw)");
    }

    private <T extends com.vaadin.flow.component.HasValidation> void label(T field, String name, String key) {
        ((com.vaadin.flow.component.HasLabel) field).setLabel(getTranslation(key));
        ((com.vaadin.flow.component.Component) field).setId("agenda-field-" + name);
        fields.put(name, field);
    }

    private void fill(AgendaItemSummary item) {
        titleEn.setValue(orEmpty(item.title().en()));
        titleFr.setValue(orEmpty(item.title().fr()));
        titleAr.setValue(orEmpty(item.title().ar()));
        descriptionEn.setValue(orEmpty(item.description().en()));
        descriptionFr.setValue(orEmpty(item.description().fr()));
        descriptionAr.setValue(orEmpty(item.description().ar()));
        plannedMinutes.setValue(item.plannedMinutes());
        limitStatement.setValue(item.limits().statement());
        limitRightOfReply.setValue(item.limits().rightOfReply());
        limitPointOfOrder.setValue(item.limits().pointOfOrder());
        limitQuestion.setValue(item.limits().question());
    }

    AgendaItemData data() {
        return new AgendaItemData(LocalizedText.of(titleEn.getValue(), titleFr.getValue(), titleAr.getValue()),
                LocalizedText.of(descriptionEn.getValue(), descriptionFr.getValue(), descriptionAr.getValue()),
                plannedMinutes.getValue(), new SpeakingLimits(limitStatement.getValue(), limitRightOfReply.getValue(),
                limitPointOfOrder.getValue(), limitQuestion.getValue()));
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
