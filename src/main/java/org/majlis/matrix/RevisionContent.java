package org.majlis.matrix;

/** A revision with the full content it recorded. */
public record RevisionContent(RevisionSummary revision, EntryData data) {
}
