package org.majlis.meetings;

import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;

import java.util.Locale;

/** An organisation (UN entity, OIC institution, member state, other). */
public record OrganisationSummary(long id, long version, OrganisationFamily family, LocalizedText name,
                                  LocalizedText acronym, @Nullable String countryCode) {

    /** The short form for lists: the acronym in the locale's language, else the name. */
    public String shortName(Locale locale) {
        var shortForm = acronym.in(locale);
        return shortForm.isEmpty() ? name.in(locale) : shortForm;
    }

    public OrganisationData toData() {
        return new OrganisationData(family, name, acronym, countryCode);
    }
}
