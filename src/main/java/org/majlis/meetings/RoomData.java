package org.majlis.meetings;

import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;

/** What the secretariat enters to create or change a room; the title is a single line. */
public record RoomData(@Nullable RoomKind kind, LocalizedText title, boolean open) {

    public RoomData {
        title = title == null ? LocalizedText.empty() : title.singleLine();
    }
}
