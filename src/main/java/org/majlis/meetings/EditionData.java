package org.majlis.meetings;

import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;

import java.time.LocalDate;

/** What the secretariat enters to create or change an edition; city and venue are single lines. */
public record EditionData(@Nullable Integer number, LocalizedText city, LocalizedText venue,
                          @Nullable LocalDate startDate, @Nullable LocalDate endDate,
                          @Nullable Long previousEditionId, @Nullable Long hostId) {

    public EditionData {
        city = city == null ? LocalizedText.empty() : city.singleLine();
        venue = venue == null ? LocalizedText.empty() : venue.singleLine();
    }
}
