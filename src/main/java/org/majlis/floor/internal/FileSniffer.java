package org.majlis.floor.internal;

import org.jspecify.annotations.Nullable;
import org.majlis.floor.StatementFileType;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Recognises the files a statement may carry by their bytes, never by their name or the browser's content type:
 * a PDF starts with {@code %PDF-}; a DOCX is a ZIP whose central directory lists {@code word/document.xml} and
 * {@code [Content_Types].xml}. The ZIP is read from its directory only (nothing is inflated, so a ZIP bomb costs
 * nothing).
 */
public final class FileSniffer {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final int ZIP_LOCAL_HEADER = 0x04034b50;
    private static final int ZIP_END_OF_DIRECTORY = 0x06054b50;
    private static final int ZIP_DIRECTORY_ENTRY = 0x02014b50;
    private static final int MAX_ENTRIES = 10_000;

    private FileSniffer() {
    }

    public static @Nullable StatementFileType sniff(byte[] bytes) {
        if (startsWith(bytes, PDF)) {
            return StatementFileType.PDF;
        }
        if (bytes.length >= 4 && intAt(bytes, 0) == ZIP_LOCAL_HEADER) {
            var names = zipEntryNames(bytes);
            if (names.contains("word/document.xml") && names.contains("[Content_Types].xml")) {
                return StatementFileType.DOCX;
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (var i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The entry names from the ZIP's central directory; empty when it is not a well-formed ZIP. */
    static Set<String> zipEntryNames(byte[] bytes) {
        var names = new HashSet<String>();
        var end = findEndOfDirectory(bytes);
        if (end < 0) {
            return names;
        }
        var entries = shortAt(bytes, end + 10);
        var offset = (int) (intAt(bytes, end + 16) & 0xffffffffL);
        for (var i = 0; i < Math.min(entries, MAX_ENTRIES); i++) {
            if (offset < 0 || offset + 46 > bytes.length || intAt(bytes, offset) != ZIP_DIRECTORY_ENTRY) {
                return names;
            }
            var nameLength = shortAt(bytes, offset + 28);
            var extraLength = shortAt(bytes, offset + 30);
            var commentLength = shortAt(bytes, offset + 32);
            if (offset + 46 + nameLength > bytes.length) {
                return names;
            }
            names.add(new String(bytes, offset + 46, nameLength, StandardCharsets.UTF_8));
            offset += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static int findEndOfDirectory(byte[] bytes) {
        var earliest = Math.max(0, bytes.length - 22 - 65_535);
        for (var i = bytes.length - 22; i >= earliest; i--) {
            if (intAt(bytes, i) == ZIP_END_OF_DIRECTORY) {
                return i;
            }
        }
        return -1;
    }

    private static int intAt(byte[] bytes, int offset) {
        return ByteBuffer.wrap(bytes, offset, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    private static int shortAt(byte[] bytes, int offset) {
        return ByteBuffer.wrap(bytes, offset, 2).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xffff;
    }
}
