package org.majlis.meetings;

import org.majlis.base.LocalizedText;

/** A room of an edition. */
public record RoomSummary(long id, long version, long editionId, int editionNumber, RoomKind kind,
                          LocalizedText title, boolean open, int position) {

    public RoomData toData() {
        return new RoomData(kind, title, open);
    }
}
