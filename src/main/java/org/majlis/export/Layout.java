package org.majlis.export;

import org.jspecify.annotations.Nullable;
import org.majlis.base.Language;

/**
 * The languages of an exported report: one language, or the three side by side (a column per language, English on the
 * left, French in the middle, Arabic on the right and right-to-left).
 *
 * @param language the one language, or {@code null} for the three side by side
 */
public record Layout(@Nullable Language language) {

    public static final Layout SIDE_BY_SIDE = new Layout(null);

    public static Layout of(Language language) {
        return new Layout(language);
    }

    public boolean sideBySide() {
        return language == null;
    }
}
