package org.majlis.meetings;

import org.jspecify.annotations.Nullable;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the secretariat enters to create or change an edition; city and venue are single lines.
 * {@code requiredLanguages}: the languages every text of a room report must exist in before a chair adopts it (at
 * least one; all three unless the secretariat says otherwise).
 */
public record EditionData(@Nullable Integer number, LocalizedText city, LocalizedText venue,
                          @Nullable LocalDate startDate, @Nullable LocalDate endDate,
                          @Nullable Long previousEditionId, @Nullable Long hostId, Set<Language> requiredLanguages) {

    public EditionData {
        city = city == null ? LocalizedText.empty() : city.singleLine();
        venue = venue == null ? LocalizedText.empty() : venue.singleLine();
        requiredLanguages = requiredLanguages == null || requiredLanguages.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(requiredLanguages));
    }

    /** An edition that requires reports in all three languages. */
    public EditionData(@Nullable Integer number, LocalizedText city, LocalizedText venue,
                       @Nullable LocalDate startDate, @Nullable LocalDate endDate,
                       @Nullable Long previousEditionId, @Nullable Long hostId) {
        this(number, city, venue, startDate, endDate, previousEditionId, hostId, EnumSet.allOf(Language.class));
    }
}
