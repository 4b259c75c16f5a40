package org.majlis.floor;

/**
 * A statement's attached file, for download: {@code fileName} is {@code <cleaned base>.pdf} or {@code .docx} after the
 * type detected from the bytes, whatever name it was uploaded under.
 */
public record StatementFile(String fileName, StatementFileType type, byte[] bytes) {
}
