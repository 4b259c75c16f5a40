/**
 * The matrix of joint activities: entries drafted by rapporteurs and proposed by delegates, reviewed and adopted by
 * the chairs, with every change kept as a revision; and, at the next edition, the review of their implementation.
 * <p>
 * The API is {@link org.majlis.matrix.MatrixService} (entries and their workflow),
 * {@link org.majlis.matrix.MatrixHistoryService} (revisions, differences, restore),
 * {@link org.majlis.matrix.MatrixReviewService} (the review of the previous edition) and
 * {@link org.majlis.matrix.MatrixReferenceService} (SDGs and OIC-2025 areas).
 */
@NullMarked
package org.majlis.matrix;

import org.jspecify.annotations.NullMarked;
