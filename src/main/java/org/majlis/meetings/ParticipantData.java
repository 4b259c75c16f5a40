package org.majlis.meetings;

import org.jspecify.annotations.Nullable;

/** What the secretariat enters to create or change a participant. */
public record ParticipantData(@Nullable String fullName, @Nullable String email, @Nullable Long organisationId,
                              @Nullable String positionTitle, @Nullable String username) {
}
