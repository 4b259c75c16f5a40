package org.majlis.meetings;

import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;

import java.util.Locale;

/**
 * An organisation (UN entity, OIC institution, member state, other). {@code precedence} is the secretariat's own
 * protocol precedence for it, null when it follows its family's ({@link #effectivePrecedence()}).
 */
public record OrganisationSummary(long id, long version, OrganisationFamily family, LocalizedText name,
                                  LocalizedText acronym, @Nullable String countryCode, @Nullable Integer precedence) {

    public OrganisationSummary(long id, long version, OrganisationFamily family, LocalizedText name,
                               LocalizedText acronym, @Nullable String countryCode) {
        this(id, version, family, name, acronym, countryCode, null);
    }

    /** Where the organisation stands in protocol order (lower first): its own precedence, else its family's. */
    public int effectivePrecedence() {
        return precedence != null ? precedence : family.defaultPrecedence();
    }

    /** The short form for lists: the acronym in the locale's language, else the name. */
    public String shortName(Locale locale) {
        var shortForm = acronym.in(locale);
        return shortForm.isEmpty() ? name.in(locale) : shortForm;
    }

    public OrganisationData toData() {
        return new OrganisationData(family, name, acronym, countryCode, precedence);
    }
}
