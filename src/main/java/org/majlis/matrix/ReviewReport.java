package org.majlis.matrix;

import org.jspecify.annotations.Nullable;
import org.majlis.base.UserText;

/** What a lead organisation's delegate reports on an entry of the previous edition; the note may have lines. */
public record ReviewReport(@Nullable ImplementationStatus status, @Nullable Integer progress, @Nullable String note) {

    public ReviewReport {
        note = UserText.textOrNull(note);
    }
}
