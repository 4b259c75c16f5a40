package org.majlis.matrix;

/** What a confirmed import did. */
public record ImportResult(int created, int updated, int unchanged) {
}
