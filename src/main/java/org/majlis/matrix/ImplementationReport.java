package org.majlis.matrix;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One implementation report on an entry under review, as it was made: what, by whom, for which organisation, when. */
public record ImplementationReport(ImplementationStatus status, int progress, @Nullable String note,
                                   String reportedBy, @Nullable String reporterOrganisation, Instant reportedAt) {
}
