package org.majlis.meetings;

import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;
import org.majlis.base.UserText;

/** What the secretariat enters to create or change an organisation; names and acronyms are single lines. */
public record OrganisationData(@Nullable OrganisationFamily family, LocalizedText name, LocalizedText acronym,
                               @Nullable String countryCode, @Nullable Integer precedence) {

    /** An organisation at its family's default precedence. */
    public OrganisationData(@Nullable OrganisationFamily family, LocalizedText name, LocalizedText acronym,
                            @Nullable String countryCode) {
        this(family, name, acronym, countryCode, null);
    }

    public OrganisationData {
        name = name == null ? LocalizedText.empty() : name.singleLine();
        acronym = acronym == null ? LocalizedText.empty() : acronym.singleLine();
        countryCode = UserText.line(countryCode);
    }
}
