package org.majlis.meetings;

import org.jspecify.annotations.Nullable;
import org.majlis.base.UserText;

/** What the secretariat enters to create or change a participant; every text is cleaned as a single line. */
public record ParticipantData(@Nullable String fullName, @Nullable String email, @Nullable Long organisationId,
                              @Nullable String positionTitle, @Nullable String username) {

    public ParticipantData {
        fullName = UserText.line(fullName);
        email = UserText.line(email);
        positionTitle = UserText.line(positionTitle);
        username = UserText.line(username);
    }
}
