package org.majlis.meetings;

import org.jspecify.annotations.Nullable;
import org.majlis.base.UserText;

/** What the secretariat enters to create or change a participant; every text is cleaned as a single line. */
public record ParticipantData(@Nullable String fullName, @Nullable String email, @Nullable Long organisationId,
                              @Nullable String positionTitle, @Nullable String username,
                              @Nullable DelegationRank rank) {

    /** A participant with the default rank (an expert of their delegation). */
    public ParticipantData(@Nullable String fullName, @Nullable String email, @Nullable Long organisationId,
                           @Nullable String positionTitle, @Nullable String username) {
        this(fullName, email, organisationId, positionTitle, username, null);
    }

    public ParticipantData {
        fullName = UserText.line(fullName);
        email = UserText.line(email);
        positionTitle = UserText.line(positionTitle);
        username = UserText.line(username);
    }
}
