package org.majlis.floor;

/** A statement's attached file, for download. */
public record StatementFile(String fileName, StatementFileType type, byte[] bytes) {
}
