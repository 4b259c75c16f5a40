package org.majlis.matrix;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * An adopted entry of the previous edition under review in the current one: its latest implementation report (if
 * any) and how many reports were made in all, whether the current user may report on it (a delegate of a lead
 * organisation), and the entry it was carried over into (if it was).
 */
public record ReviewSummary(EntrySummary entry, @Nullable Long reviewId, long reviewVersion,
                            @Nullable ImplementationStatus status, @Nullable Integer progress, @Nullable String note,
                            @Nullable String reportedBy, @Nullable Instant reportedAt, int reportCount, boolean mayReport,
                            boolean mayCarryOver, @Nullable Long carriedOverInto, @Nullable String carriedOverCode) {
}
