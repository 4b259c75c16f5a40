package org.majlis.meetings;

import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;

/** A participant as the room page lists them. */
public record RoomMember(long participantId, String fullName, @Nullable LocalizedText organisationAcronym,
                         RoomRole role) {
}
