package org.majlis.matrix;

import java.util.List;

/** Two revisions of one entry side by side, and the fields in which they differ. */
public record RevisionDiff(RevisionContent left, RevisionContent right, List<EntryField> changedFields) {
}
