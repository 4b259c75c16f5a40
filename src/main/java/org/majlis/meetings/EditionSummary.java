package org.majlis.meetings;

import org.jspecify.annotations.Nullable;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** An edition of the General Meeting as lists and forms show it. */
public record EditionSummary(long id, long version, int number, LocalizedText city, LocalizedText venue,
                             LocalDate startDate, LocalDate endDate, @Nullable Long previousEditionId,
                             @Nullable Integer previousEditionNumber, @Nullable Long hostId,
                             @Nullable String hostAcronym, int roomCount, Set<Language> requiredLanguages) {

    public EditionSummary {
        requiredLanguages = Set.copyOf(requiredLanguages);
    }

    public EditionData toData() {
        return new EditionData(number, city, venue, startDate, endDate, previousEditionId, hostId, requiredLanguages);
    }

    /** The required languages in the order English, French, Arabic. */
    public List<Language> requiredLanguagesInOrder() {
        return Arrays.stream(Language.values()).filter(requiredLanguages::contains).toList();
    }
}
