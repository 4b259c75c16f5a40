package org.majlis.meetings;

import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;

/** The signed-in user's participant record, as other modules need it (to name an author, to check an organisation). */
public record CurrentParticipant(long id, String fullName, @Nullable Long organisationId,
                                 @Nullable LocalizedText organisationAcronym, DelegationRank rank) {

    public CurrentParticipant(long id, String fullName, @Nullable Long organisationId,
                              @Nullable LocalizedText organisationAcronym) {
        this(id, fullName, organisationId, organisationAcronym, DelegationRank.EXPERT);
    }
}
