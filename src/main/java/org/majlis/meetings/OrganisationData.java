package org.majlis.meetings;

import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;

/** What the secretariat enters to create or change an organisation. */
public record OrganisationData(@Nullable OrganisationFamily family, LocalizedText name, LocalizedText acronym,
                               @Nullable String countryCode) {
}
