package org.majlis.matrix;

import org.jspecify.annotations.Nullable;

/**
 * Where an import goes: a room's matrix (rows without a room go there), or an edition (each row names its room in
 * the {@link MatrixColumn#ROOM} column or by its sheet, as the edition's export writes them).
 */
public record ImportTarget(long editionId, @Nullable Long roomId) {

    public static ImportTarget edition(long editionId) {
        return new ImportTarget(editionId, null);
    }

    public static ImportTarget room(long editionId, long roomId) {
        return new ImportTarget(editionId, roomId);
    }
}
