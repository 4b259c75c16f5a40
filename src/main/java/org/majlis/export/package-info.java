/**
 * Outcome documents as files: a small document model ({@link org.majlis.export.Doc} for reports,
 * {@link org.majlis.export.Sheet} for tables such as the matrix) and the writers that turn it into DOCX, PDF, XLSX and
 * CSV, in one language or in the three side by side, with Arabic right-to-left in every format. Knows nothing of
 * rooms or matrices: the modules that own the content build the model.
 */
@NullMarked
package org.majlis.export;

import org.jspecify.annotations.NullMarked;
