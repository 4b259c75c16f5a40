package org.majlis.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font every export uses: Amiri (SIL Open Font License 1.1, {@code fonts/amiri/OFL.txt}), which has Latin
 * (English, French) and Arabic glyphs. The files are read once, on first use, and shared (the bytes are never handed
 * out for writing: callers get a fresh stream).
 */
final class ExportFonts {

    /** The family name documents ask for (DOCX runs, PDF CSS). */
    static final String FAMILY = "Amiri";

    private ExportFonts() {
    }

    /** A fresh stream over Amiri Regular. */
    static InputStream regular() {
        return new ByteArrayInputStream(Holder.REGULAR);
    }

    /** A fresh stream over Amiri Bold. */
    static InputStream bold() {
        return new ByteArrayInputStream(Holder.BOLD);
    }

    /** Lazy, thread-safe loading (the JVM initialises the holder class once). */
    private static final class Holder {
        static final byte[] REGULAR = read("Amiri-Regular.ttf");
        static final byte[] BOLD = read("Amiri-Bold.ttf");

        private static byte[] read(String file) {
            var path = "/fonts/amiri/" + file;
            try (var in = ExportFonts.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("Missing font resource " + path);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
