package org.majlis.base.ui.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One text in English, French and Arabic: three fields side by side, the Arabic one right-to-left. The fields are
 * named {@code prefix + "En"}, {@code "Fr"}, {@code "Ar"} like the services' field errors, and that is also their id.
 */
public class LocalizedTextFields extends VerticalLayout {

    private final String prefix;
    private final Map<Language, TextField> fields = new EnumMap<>(Language.class);
    private final Span missing = new Span();

    public LocalizedTextFields(String prefix, String labelKey, int maxLength, boolean showMissing) {
        this.prefix = prefix;
        setPadding(false);
        setSpacing(false);
        addClassName("localized-fields");
        var row = new FlexLayout();
        row.addClassName("localized-fields-row");
        for (var language : Language.values()) {
            var field = new TextField(getTranslation("admin.field.in-language", getTranslation(labelKey),
                    getTranslation("admin.language." + language.name())));
            field.setId(fieldName(language));
            field.setMaxLength(maxLength);
            field.getElement().setAttribute("lang", language.code());
            // Each language in its own direction, whatever the page's: Arabic right-to-left, the others left-to-right.
            field.getElement().setAttribute("dir", language.isRightToLeft() ? "rtl" : "ltr");
            field.addValueChangeListener(event -> updateMissing());
            fields.put(language, field);
            row.add(field);
        }
        add(row);
        missing.addClassName("missing-languages");
        missing.setVisible(false);
        if (showMissing) {
            add(missing);
        }
    }

    public LocalizedText getValue() {
        return LocalizedText.of(fields.get(Language.EN).getValue(), fields.get(Language.FR).getValue(),
                fields.get(Language.AR).getValue());
    }

    public void setValue(@Nullable LocalizedText text) {
        var value = text == null ? LocalizedText.empty() : text;
        fields.forEach((language, field) -> {
            var written = value.get(language);
            field.setValue(written == null ? "" : written);
        });
        updateMissing();
    }

    public boolean isEmpty() {
        return getValue().isEmpty();
    }

    public TextField field(Language language) {
        return fields.get(language);
    }

    /** The fields by the names the services use in their field errors. */
    public Map<String, HasValidation> errorTargets() {
        var targets = new LinkedHashMap<String, HasValidation>();
        fields.forEach((language, field) -> targets.put(fieldName(language), field));
        return targets;
    }

    private String fieldName(Language language) {
        return prefix + switch (language) {
            case EN -> "En";
            case FR -> "Fr";
            case AR -> "Ar";
        };
    }

    private void updateMissing() {
        var value = getValue();
        var absent = value.missingLanguages();
        missing.setVisible(!value.isEmpty() && !absent.isEmpty());
        missing.setText(getTranslation("admin.missing-languages", absent.stream()
                .map(language -> getTranslation("admin.language." + language.name()))
                .collect(Collectors.joining(", "))));
    }
}
