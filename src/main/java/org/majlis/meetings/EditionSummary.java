package org.majlis.meetings;

import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;

import java.time.LocalDate;

/** An edition of the General Meeting as lists and forms show it. */
public record EditionSummary(long id, long version, int number, LocalizedText city, LocalizedText venue,
                             LocalDate startDate, LocalDate endDate, @Nullable Long previousEditionId,
                             @Nullable Integer previousEditionNumber, @Nullable Long hostId,
                             @Nullable String hostAcronym, int roomCount) {

    public EditionData toData() {
        return new EditionData(number, city, venue, startDate, endDate, previousEditionId, hostId);
    }
}
