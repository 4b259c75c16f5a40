/**
 * Outcome documents as files: the matrix of a room or of an edition and the implementation review of the previous
 * edition's matrix, exported to XLSX, CSV, DOCX and PDF in one language or the three side by side; the exports run
 * off the UI thread on a small bounded pool and reach the browser as a download.
 * <p>
 * The API is {@link org.majlis.outcome.ExportService} (who may export what, and the files) and
 * {@link org.majlis.outcome.ExportJobs} (running an export in the background as the current user). The reusable
 * menu that shows progress and then the download link is {@code outcome.ui.ExportMenu}.
 */
@NullMarked
package org.majlis.outcome;

import org.jspecify.annotations.NullMarked;
