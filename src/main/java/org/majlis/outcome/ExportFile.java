package org.majlis.outcome;

import org.majlis.export.Format;

/**
 * A file ready to download.
 *
 * @param fileName a name safe on every operating system (ASCII letters, digits and dashes, then the extension)
 * @param format   the format (its media type goes with the download)
 * @param bytes    the file's content
 */
public record ExportFile(String fileName, Format format, byte[] bytes) {

    public ExportFile {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }
}
