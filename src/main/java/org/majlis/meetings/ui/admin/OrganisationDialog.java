package org.majlis.meetings.ui.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import org.jspecify.annotations.Nullable;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.base.ui.Messages;
import org.majlis.base.ui.admin.AdminDialog;
import org.majlis.base.ui.admin.LocalizedTextFields;
import org.majlis.meetings.OrganisationData;
import org.majlis.meetings.OrganisationFamily;
import org.majlis.meetings.OrganisationService;
import org.majlis.meetings.OrganisationSummary;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Creates or edits an organisation: its family, name and acronym in three languages and, for a member state, its
 * ISO country code (which also fills in the names from the JDK's locale data while they are empty).
 */
class OrganisationDialog extends AdminDialog {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private final OrganisationService organisations;
    private final SerializableConsumer<OrganisationSummary> onSaved;
    private @Nullable OrganisationSummary organisation;

    private final Select<OrganisationFamily> family = new Select<>();
    private final LocalizedTextFields name = new LocalizedTextFields("name", "admin.organisations.name", 200, true);
    private final LocalizedTextFields acronym = new LocalizedTextFields("acronym", "admin.organisations.acronym", 60,
            false);
    private final TextField countryCode = new TextField();
    private final TextField precedence = new TextField();

    OrganisationDialog(OrganisationService organisations, @Nullable OrganisationSummary organisation,
                       SerializableConsumer<OrganisationSummary> onSaved) {
        super("");
        this.organisations = organisations;
        this.onSaved = onSaved;
        setId("organisation-dialog");
        setHeaderTitle(getTranslation(organisation == null ? "admin.organisations.new" : "admin.organisations.edit"));
        family.setLabel(getTranslation("admin.organisations.family"));
        family.setId("family");
        family.setItems(OrganisationFamily.values());
        family.setItemLabelGenerator(f -> getTranslation("admin.organisations.family." + f.name()));
        family.addValueChangeListener(event -> countryCode.setVisible(event.getValue() == OrganisationFamily.MEMBER_STATE));
        countryCode.setLabel(getTranslation("admin.organisations.country-code"));
        countryCode.setHelperText(getTranslation("admin.organisations.country-code.help"));
        countryCode.setId("countryCode");
        countryCode.setMaxLength(2);
        
        countryCode.setVisible(false);
        countryCode.addValueChangeListener(event -> fillNamesFromCountry(event.getValue()));
        precedence.setLabel(getTranslation("admin.organisations.precedence"));
        precedence.setHelperText(getTranslation("admin.organisations.precedence.help"));
        precedence.setId("precedence");
        precedence.setMaxLength(2);
        precedence.setAllowedCharPattern("[0-9]");
        var top = new FormLayout();
        top.setAutoResponsive(true);
        top.setExpandColumns(true);
        top.setExpandFields(true);
        top.addFormRow(family, countryCode, precedence);
        add(top, name, acronym);
        setWidth("min(72rem, 95vw)");
        load(organisation);
    }

    private void load(@Nullable OrganisationSummary fresh) {
        organisation = fresh;
        if (fresh != null) {
            family.setValue(fresh.family());
            name.setValue(fresh.name());
            acronym.setValue(fresh.acronym());
            countryCode.setValue(fresh.countryCode() == null ? "" : fresh.countryCode());
            precedence.setValue(fresh.precedence() == null ? "" : String.valueOf(fresh.precedence()));
        }
    }

    private void fillNamesFromCountry(String code) {
        var country = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (ISO_COUNTRIES.contains(country) && name.isEmpty()) {
            name.setValue(LocalizedText.of(OrganisationService.countryName(country, Language.EN.locale()),
                    OrganisationService.countryName(country, Language.FR.locale()),
                    OrganisationService.countryName(country, Language.AR.locale())));
        }
    }

    @Override
    protected void save() {
        var memberState = family.getValue() == OrganisationFamily.MEMBER_STATE;
        var ownPrecedence = precedence.getValue().strip();
        if (!ownPrecedence.matches("[0-9]{0,2}")) {
            precedence.setErrorMessage(getTranslation("validation.organisation.precedence-range",
                    OrganisationFamily.PRECEDENCE_MIN, OrganisationFamily.PRECEDENCE_MAX));
            precedence.setInvalid(true);
            return;
        }
        var data = new OrganisationData(family.getValue(), name.getValue(), acronym.getValue(),
                memberState ? countryCode.getValue() : null,
                ownPrecedence.isEmpty() ? null : Integer.valueOf(ownPrecedence));
        var saved = organisation == null ? organisations.create(data)
                : organisations.update(organisation.id(), organisation.version(), data);
        Messages.success(this, "admin.organisations.saved", OrganisationsView.label(this, saved, getLocale()));
        close();
        onSaved.accept(saved);
    }

    @Override
    protected void reload() {
        if (organisation != null) {
            load(organisations.get(organisation.id()));
        }
    }

    @Override
    protected Map<String, ? extends HasValidation> errorTargets() {
        var targets = new LinkedHashMap<String, HasValidation>();
        targets.put("family", family);
        targets.putAll(name.errorTargets());
        targets.putAll(acronym.errorTargets());
        targets.put("countryCode", countryCode);
        targets.put("precedence", precedence);
        return targets;
    }
}
