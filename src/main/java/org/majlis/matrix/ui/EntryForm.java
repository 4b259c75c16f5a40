package org.majlis.matrix.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.matrix.EntryData;
import org.majlis.matrix.OicArea;
import org.majlis.matrix.SdgGoal;
import org.majlis.meetings.OrganisationFamily;
import org.majlis.meetings.OrganisationSummary;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The fields of a matrix entry. Each text can be written in English, French and Arabic (the Arabic fields are
 * right-to-left whatever the page's language); {@link #fields()} maps the service's field names to the inputs.
 */
class EntryForm extends FormLayout {

    private final MatrixLabels labels;
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final TextField code = new TextField();
    private final Trio<TextField> title;
    private final Trio<TextArea> description;
    private final ComboBox<OrganisationSummary> leadUn = new ComboBox<>();
    private final ComboBox<OrganisationSummary> leadOic = new ComboBox<>();
    private final MultiSelectComboBox<OrganisationSummary> partners = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> beneficiaries = new MultiSelectComboBox<>();
    private final DatePicker startDate = new DatePicker();
    private final DatePicker endDate = new DatePicker();
    private final Trio<TextArea> results;
    private final Trio<TextArea> indicators;
    private final MultiSelectComboBox<SdgGoal> sdgs = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<OicArea> areas = new MultiSelectComboBox<>();
    private final BigDecimalField budget = new BigDecimalField();
    private final ComboBox<String> currency = new ComboBox<>();

    /** Three inputs of one text, one per language. */
    record Trio<T extends HasValue<?, String>>(T en, T fr, T ar) {
        LocalizedText read() {
            return LocalizedText.of(en.getValue(), fr.getValue(), ar.getValue());
        }

        void write(LocalizedText text) {
            en.setValue(Objects.requireNonNullElse(text.en(), ""));
            fr.setValue(Objects.requireNonNullElse(text.fr(), ""));
            ar.setValue(Objects.requireNonNullElse(text.ar(), ""));
        }
    }

    EntryForm(MatrixLabels labels) {
        this.labels = labels;
        addClassName("entry-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 3));
        setup(code, "code", "entry-code");
        code.setHelperText(getTranslation("matrix.field.code.help"));
        title = trio("title", TextField::new);
        description = trio("description", TextArea::new);
        setup(leadUn, "leadUnId", "entry-lead-un");
        leadUn.setItems(labels.organisations(OrganisationFamily.UN));
        leadUn.setItemLabelGenerator(o -> o.shortName(getLocale()));
        setup(leadOic, "leadOicId", "entry-lead-oic");
        leadOic.setItems(labels.organisations(OrganisationFamily.OIC));
        leadOic.setItemLabelGenerator(o -> o.shortName(getLocale()));
        setup(partners, "partnerIds", "entry-partners");
        partners.setItems(labels.organisations(OrganisationFamily.UN, OrganisationFamily.OIC, OrganisationFamily.OTHER));
        partners.setItemLabelGenerator(o -> o.shortName(getLocale()));
        add(code, leadUn, leadOic);
        addTrio(title);
        addTrio(description);
        add(partners, 2);
        setup(beneficiaries, "beneficiaries", "entry-beneficiaries");
        beneficiaries.setItems(labels.memberStates());
        beneficiaries.setItemLabelGenerator(labels::state);
        add(beneficiaries);
        setup(startDate, "startDate", "entry-start");
        setup(endDate, "endDate", "entry-end");
        startDate.setLocale(getLocale());
        endDate.setLocale(getLocale());
        add(startDate, endDate);
        // The texts below come in rows of three languages: start them on a row of their own.
        getElement().appendChild(new Element("br"));
        results = trio("expectedResults", TextArea::new);
        indicators = trio("indicators", TextArea::new);
        addTrio(results);
        addTrio(indicators);
        setup(sdgs, "sdgs", "entry-sdgs");
        sdgs.setItems(labels.sdgs());
        sdgs.setItemLabelGenerator(g -> labels.sdg(g.number()));
        setup(areas, "oicAreaIds", "entry-areas");
        areas.setItems(labels.activeAreas());
        areas.setItemLabelGenerator(a -> a.active() ? labels.area(a.id())
                : getTranslation("matrix.area.retired-label", labels.area(a.id())));
        add(sdgs);
        add(areas, 2);
        setup(budget, "budget", "entry-budget");
        setup(currency, "currency", "entry-currency");
        currency.setItems(labels.currencies());
        currency.setClearButtonVisible(true);
        add(budget, currency);
    }

    private <T extends com.vaadin.flow.component.Component & HasValidation> void setup(T field, String name,
                                                                                      String id) {
        field.setId(id);
        field.getElement().setProperty("label", getTranslation("matrix.field." + toKey(name)));
        fields.put(name, field);
    }

    private <T extends com.vaadin.flow.component.Component & HasValue<?, String> & HasValidation> Trio<T> trio(
            String name, Supplier<T> factory) {
        var en = factory.get();
        var fr = factory.get();
        var ar = factory.get();
        var trio = new Trio<>(en, fr, ar);
        for (var language : Language.values()) {
            var field = switch (language) {
                case EN -> en;
                case FR -> fr;
                case AR -> ar;
            };
            var suffix = language.code();
            field.setId("entry-" + toKey(name) + "-" + suffix);
            field.getElement().setProperty("label", getTranslation("matrix.field." + toKey(name) + "-" + suffix));
            MatrixLabels.direction(field, language);
            fields.put(name + Character.toUpperCase(suffix.charAt(0)) + suffix.substring(1), field);
        }
        return trio;
    }

    private void addTrio(Trio<?> trio) {
        add((com.vaadin.flow.component.Component) trio.en(), (com.vaadin.flow.component.Component) trio.fr(),
                (com.vaadin.flow.component.Component) trio.ar());
    }

    private static String toKey(String name) {
        return switch (name) {
            case "leadUnId" -> "lead-un";
            case "leadOicId" -> "lead-oic";
            case "partnerIds" -> "partners";
            case "oicAreaIds" -> "oic-areas";
            case "startDate" -> "start-date";
            case "endDate" -> "end-date";
            case "expectedResults" -> "results";
            default -> name;
        };
    }

    Map<String, HasValidation> fields() {
        return fields;
    }

    EntryData read() {
        return new EntryData(code.getValue(), title.read(), description.read(),
                leadUn.getValue() == null ? null : leadUn.getValue().id(),
                leadOic.getValue() == null ? null : leadOic.getValue().id(),
                partners.getValue().stream().map(OrganisationSummary::id).toList(),
                List.copyOf(beneficiaries.getValue()), startDate.getValue(), endDate.getValue(), results.read(),
                indicators.read(), sdgs.getValue().stream().map(SdgGoal::number).toList(),
                areas.getValue().stream().map(OicArea::id).toList(), budget.getValue(), currency.getValue());
    }

    void write(EntryData data) {
        code.setValue(Objects.requireNonNullElse(data.code(), ""));
        title.write(data.title());
        description.write(data.description());
        leadUn.setValue(find(labels.organisations(OrganisationFamily.UN), data.leadUnId()));
        leadOic.setValue(find(labels.organisations(OrganisationFamily.OIC), data.leadOicId()));
        var orgs = labels.organisations(OrganisationFamily.UN, OrganisationFamily.OIC, OrganisationFamily.OTHER);
        partners.setValue(new LinkedHashSet<>(orgs.stream().filter(o -> data.partnerIds().contains(o.id())).toList()));
        beneficiaries.setValue(new LinkedHashSet<>(data.beneficiaries()));
        startDate.setValue(data.startDate());
        endDate.setValue(data.endDate());
        results.write(data.expectedResults());
        indicators.write(data.indicators());
        sdgs.setValue(new LinkedHashSet<>(labels.sdgs().stream().filter(g -> data.sdgs().contains(g.number()))
                .toList()));
        // The areas in use, plus any retired one the entry already names: it stays unless the user removes it.
        var offered = labels.areasOffered(data.oicAreaIds());
        areas.setItems(offered);
        areas.setValue(new LinkedHashSet<>(offered.stream().filter(a -> data.oicAreaIds().contains(a.id())).toList()));
        budget.setValue(data.budget());
        currency.setValue(data.currency());
    }

    private static OrganisationSummary find(List<OrganisationSummary> list, Long id) {
        return id == null ? null : list.stream().filter(o -> o.id() == id).findFirst().orElse(null);
    }

    H4 heading(String key) {
        return new H4(getTranslation(key));
    }
}
