package org.majlis.floor.internal;

import org.jspecify.annotations.Nullable;
import org.majlis.base.UserText;
import org.majlis.floor.StatementFileType;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name a statement's file is stored and served under: {@code <base>.<extension of the detected type>}, never the
 * extension the uploader gave. The base is the uploaded name without its folders and its last extension, cleaned as
 * a single line ({@link UserText#line}: no control, format or bidi characters), with the characters file systems
 * reserve replaced, no leading dots, no trailing dots or spaces, at most {@value #BASE_MAX} characters; "statement"
 * when nothing is left.
 */
public final class StatementFileName {

    /** Longest base name; with the extension the name fits the column (255) with room to spare. */
    static final int BASE_MAX = 120;
    static final String DEFAULT_BASE = "statement";

    /** Reserved on Windows or in HTTP headers; runs of them become one underscore. */
    private static final Pattern RESERVED = Pattern.compile("[<>:\"/\\\\|?*;%]+");
    /** Names Windows keeps for devices, whatever their extension. */
    private static final Pattern DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])");

    private StatementFileName() {
    }

    public static String of(@Nullable String uploaded, StatementFileType type) {
        var name = uploaded == null ? "" : uploaded.replace('\\', '/');
        name = String.valueOf(UserText.line(name.substring(name.lastIndexOf('/') + 1)));
        var dot = name.lastIndexOf('.');
        var base = dot >= 0 ? name.substring(0, dot) : name;
        base = RESERVED.matcher(base).replaceAll("_");
        base = base.replaceFirst("^[.\\s]+", "").replaceFirst("[.\\s]+$", "");
        if (base.codePointCount(0, base.length()) > BASE_MAX) {
            base = base.substring(0, base.offsetByCodePoints(0, BASE_MAX)).replaceFirst("[.\\s]+$", "");
        }
        if (base.isEmpty()) {
            base = DEFAULT_BASE;
        } else if (DEVICE.matcher(base).matches()) {
            base = "_" + base;
        }
        return base + type.extension().toLowerCase(Locale.ROOT);
    }
}
