package org.majlis.export;

/** The file formats Majlis writes. DOCX and PDF take a {@link Doc}; XLSX and CSV take {@link Sheet}s. */
public enum Format {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv;charset=UTF-8");

    private final String extension;
    private final String mediaType;

    Format(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether the format writes a {@link Doc} (else {@link Sheet}s). */
    public boolean document() {
        return this == DOCX || this == PDF;
    }
}
