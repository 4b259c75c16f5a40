package org.majlis.outcome;

import org.majlis.base.Language;
import org.majlis.export.Format;
import org.majlis.export.Layout;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * File names safe on every operating system: ASCII letters, digits and dashes only (accents dropped, anything else
 * a dash), then the language code ({@code en-fr-ar} side by side) and the extension, e.g.
 * {@code matrix-16-cooperation-on-economic-and-scientific-issues-ar.xlsx}.
 */
public final class FileNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SAFE = Pattern.compile("[^a-z0-9]+");
    private static final int MAX_SLUG = 60;

    private FileNames() {
    }

    public static String of(String kind, int editionNumber, String name, Layout layout, Format format) {
        var language = layout.sideBySide() ? Arrays.stream(Language.values()).map(Language::code)
                .collect(Collectors.joining("-")) : layout.language().code();
        var slug = slug(name);
        return kind + "-" + editionNumber + (slug.isEmpty() ? "" : "-" + slug) + "-" + language + "."
                + format.extension();
    }

    /** Lower-case ASCII words joined by dashes, at most 60 characters, cut at a dash. */
    public static String slug(String text) {
        var ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        var slug = NOT_SAFE.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG);
            var dash = slug.lastIndexOf('-');
            slug = dash > 0 ? slug.substring(0, dash) : slug;
        }
        return slug;
    }
}
