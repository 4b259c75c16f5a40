package org.majlis.meetings;

import org.jspecify.annotations.Nullable;
import org.majlis.base.Phrase;

import java.util.List;

/**
 * What in another module still refers to a participant or an organisation (floor requests, matrix entries…), so the
 * secretariat is told why a record cannot be deleted instead of meeting a foreign-key error. A module that keeps such
 * references provides one bean; each use is a {@link Phrase} such as "floor requests: 12", only when there is one.
 */
public interface RecordUses {

    List<Phrase> ofParticipant(long participantId);

    /** {@code countryCode} is the organisation's (a member state's) country, named by code in some records. */
    List<Phrase> ofOrganisation(long organisationId, @Nullable String countryCode);

    /** The phrase "label: n" when {@code count > 0}. */
    static List<Phrase> counted(String key, long count) {
        return count > 0 ? List.of(new Phrase(key, count)) : List.of();
    }
}
