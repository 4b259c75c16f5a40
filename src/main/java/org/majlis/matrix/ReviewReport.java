package org.majlis.matrix;

import org.jspecify.annotations.Nullable;

/** What a lead organisation's delegate reports on an entry of the previous edition. */
public record ReviewReport(@Nullable ImplementationStatus status, @Nullable Integer progress, @Nullable String note) {
}
