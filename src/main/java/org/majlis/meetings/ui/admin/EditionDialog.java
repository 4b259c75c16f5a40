package org.majlis.meetings.ui.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.function.SerializableConsumer;
import org.jspecify.annotations.Nullable;
import org.majlis.base.Language;
import org.majlis.base.ui.Messages;
import org.majlis.base.ui.admin.AdminDialog;
import org.majlis.base.ui.admin.LocalizedTextFields;
import org.majlis.meetings.EditionData;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.EditionSummary;
import org.majlis.meetings.OrganisationService;
import org.majlis.meetings.OrganisationSummary;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Creates or edits an edition: number, city and venue in three languages, dates, previous edition, host. */
class EditionDialog extends AdminDialog {

    private final EditionService editions;
    private final SerializableConsumer<EditionSummary> onSaved;
    private @Nullable EditionSummary edition;

    private final IntegerField number = new IntegerField();
    private final LocalizedTextFields city = new LocalizedTextFields("city", "admin.editions.city", 100, true);
    private final LocalizedTextFields venue = new LocalizedTextFields("venue", "admin.editions.venue", 200, false);
    private final DatePicker startDate = new DatePicker();
    private final DatePicker endDate = new DatePicker();
    private final ComboBox<EditionSummary> previous = new ComboBox<>();
    private final ComboBox<OrganisationSummary> host = new ComboBox<>();
    private final CheckboxGroup<Language> requiredLanguages = new CheckboxGroup<>();

    EditionDialog(EditionService editions, OrganisationService organisations, @Nullable EditionSummary edition,
                  SerializableConsumer<EditionSummary> onSaved) {
        super("");
        this.editions = editions;
        this.onSaved = onSaved;
        this.edition = edition;
        setId("edition-dialog");
        setHeaderTitle(edition == null ? getTranslation("admin.editions.new")
                : getTranslation("admin.editions.edit", edition.number()));
        var locale = getLocale();

        number.setLabel(getTranslation("admin.editions.number"));
        number.setId("number");
        number.setMin(1);
        number.setMax(999);
        number.setStepButtonsVisible(true);
        startDate.setLabel(getTranslation("admin.editions.start-date"));
        startDate.setId("startDate");
        startDate.setLocale(locale);
        endDate.setLabel(getTranslation("admin.editions.end-date"));
        endDate.setId("endDate");
        endDate.setLocale(locale);
        if (Language.of(locale).isRightToLeft()) {
            // The JDK's Arabic date pattern carries right-to-left marks that scramble the typed date: use plain digits.
            var plain = new DatePicker.DatePickerI18n().setDateFormat("dd/MM/yyyy");
            startDate.setI18n(plain);
            endDate.setI18n(plain);
        }
        startDate.addValueChangeListener(event -> {
            if (event.getValue() != null && endDate.isEmpty()) {
                endDate.setValue(event.getValue().plusDays(2));
            }
        });

        previous.setLabel(getTranslation("admin.editions.previous"));
        previous.setId("previousEditionId");
        previous.setItems(editions.list().stream()
                .filter(e -> edition == null || e.id() != edition.id()).toList());
        previous.setItemLabelGenerator(e -> EditionsView.label(this, getLocale(), e));
        previous.setClearButtonVisible(true);
        host.setLabel(getTranslation("admin.editions.host"));
        host.setId("hostId");
        host.setItems((o, filter) -> o.name().contains(filter) || o.acronym().contains(filter), organisations.list());
        host.setItemLabelGenerator(o -> OrganisationsView.label(this, o, locale));
        host.setClearButtonVisible(true);

        requiredLanguages.setLabel(getTranslation("admin.editions.required-languages"));
        requiredLanguages.setHelperText(getTranslation("admin.editions.required-languages.help"));
        requiredLanguages.setId("requiredLanguages");
        requiredLanguages.setItems(Language.values());
        requiredLanguages.setItemLabelGenerator(l -> getTranslation("language." + l.code()));
        requiredLanguages.setValue(java.util.EnumSet.allOf(Language.class));

        var form = new FormLayout();
        form.setAutoResponsive(true);
        form.setExpandColumns(true);
        form.setExpandFields(true);
        form.addFormRow(number);
        form.addFormRow(startDate, endDate);
        form.addFormRow(previous, host);
        form.addFormRow(requiredLanguages);
        add(form, city, venue);
        setWidth("min(72rem, 95vw)");
        load(edition);
    }

    private void load(@Nullable EditionSummary fresh) {
        edition = fresh;
        if (fresh == null) {
            return;
        }
        number.setValue(fresh.number());
        city.setValue(fresh.city());
        venue.setValue(fresh.venue());
        startDate.setValue(fresh.startDate());
        endDate.setValue(fresh.endDate());
        previous.setValue(previous.getListDataView().getItems()
                .filter(e -> Objects.equals(e.id(), fresh.previousEditionId())).findFirst().orElse(null));
        host.setValue(host.getListDataView().getItems()
                .filter(o -> Objects.equals(o.id(), fresh.hostId())).findFirst().orElse(null));
        requiredLanguages.setValue(fresh.requiredLanguages());
    }

    @Override
    protected void save() {
        var data = new EditionData(number.getValue(), city.getValue(), venue.getValue(), startDate.getValue(),
                endDate.getValue(), previous.getValue() == null ? null : previous.getValue().id(),
                host.getValue() == null ? null : host.getValue().id(), requiredLanguages.getValue());
        var saved = edition == null ? editions.create(data) : editions.update(edition.id(), edition.version(), data);
        Messages.success(this, "admin.editions.saved", saved.number());
        close();
        onSaved.accept(saved);
    }

    @Override
    protected void reload() {
        if (edition != null) {
            load(editions.get(edition.id()));
        }
    }

    @Override
    protected Map<String, ? extends HasValidation> errorTargets() {
        var targets = new LinkedHashMap<String, HasValidation>();
        targets.put("number", number);
        targets.putAll(city.errorTargets());
        targets.putAll(venue.errorTargets());
        targets.put("startDate", startDate);
        targets.put("endDate", endDate);
        targets.put("previousEditionId", previous);
        targets.put("hostId", host);
        targets.put("requiredLanguages", requiredLanguages);
        return targets;
    }
}
