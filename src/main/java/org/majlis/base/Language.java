package org.majlis.base;

import java.util.Locale;

/** The three working languages of the meeting. */
public enum Language {
    EN(Locale.ENGLISH, false),
    FR(Locale.FRENCH, false),
    AR(Locale.of("ar"), true);

    private final Locale locale;
    private final boolean rightToLeft;

    Language(Locale locale, boolean rightToLeft) {
        this.locale = locale;
        this.rightToLeft = rightToLeft;
    }

    public Locale locale() {
        return locale;
    }

    public boolean isRightToLeft() {
        return rightToLeft;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** The working language for a locale; anything that is not French or Arabic reads as English. */
    public static Language of(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fr" -> FR;
            case "ar" -> AR;
            default -> EN;
        };
    }

    public static Language fromCode(String code) {
        return of(Locale.forLanguageTag(code));
    }
}
