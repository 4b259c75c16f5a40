package org.majlis.floor;

import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;

/**
 * What a delegate submits as a written statement: text in any of the three languages and, optionally, a file.
 * With {@code fileBytes == null} an existing file is kept unless {@code removeFile} is set.
 */
public record StatementData(LocalizedText text, @Nullable String fileName, byte @Nullable [] fileBytes,
                            boolean removeFile) {

    public static StatementData text(LocalizedText text) {
        return new StatementData(text, null, null, false);
    }
}
