package org.majlis.meetings;

import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;

/**
 * A person taking part in meetings, with their organisation. {@code accountLinked}: an identity-provider (Keycloak)
 * account has signed in as this participant.
 */
public record ParticipantSummary(long id, long version, String fullName, String email,
                                 @Nullable Long organisationId, @Nullable LocalizedText organisationAcronym,
                                 @Nullable String positionTitle, @Nullable String username, boolean accountLinked,
                                 DelegationRank rank) {

    public ParticipantSummary(long id, long version, String fullName, String email, @Nullable Long organisationId,
                              @Nullable LocalizedText organisationAcronym, @Nullable String positionTitle,
                              @Nullable String username, boolean accountLinked) {
        this(id, version, fullName, email, organisationId, organisationAcronym, positionTitle, username,
                accountLinked, DelegationRank.EXPERT);
    }

    public ParticipantData toData() {
        return new ParticipantData(fullName, email, organisationId, positionTitle, username, rank);
    }
}
