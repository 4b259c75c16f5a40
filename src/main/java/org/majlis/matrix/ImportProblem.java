package org.majlis.matrix;

import org.jspecify.annotations.Nullable;
import org.majlis.base.Language;

/**
 * One problem of one row of an imported file: the column (null for the whole row), the language of a text column
 * when only that language is at fault, and a translation key with its arguments.
 */
public record ImportProblem(@Nullable MatrixColumn column, @Nullable Language language, String messageKey,
                            Object... args) {
}
