package org.majlis.meetings;

import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;

/** A person taking part in meetings, with their organisation. */
public record ParticipantSummary(long id, long version, String fullName, String email,
                                 @Nullable Long organisationId, @Nullable LocalizedText organisationAcronym,
                                 @Nullable String positionTitle, @Nullable String username) {

    public ParticipantData toData() {
        return new ParticipantData(fullName, email, organisationId, positionTitle, username);
    }
}
