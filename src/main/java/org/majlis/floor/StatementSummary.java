package org.majlis.floor;

import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;

import java.time.Instant;

/** A written statement with who made it, for the rapporteur's and chair's list and the delegate's own view. */
public record StatementSummary(long id, long version, long requestId, long itemId, String speakerName,
                               LocalizedText organisation, FloorKind kind, FloorRequestStatus requestStatus,
                               LocalizedText text, @Nullable String fileName, @Nullable StatementFileType fileType,
                               @Nullable Integer fileSize, Instant submittedAt) {

    public boolean hasFile() {
        return fileType != null;
    }
}
