package org.majlis.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;

import java.util.Locale;

/**
 * Text people wrote, isolated where it is shown inside a string (a notification, a dialog title, a select's item
 * label): FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE around it, the plain-text form of {@code dir="auto"}. A name
 * then takes its direction from its own first letter and, whatever it contains (an override left in old data), can
 * never reorder the words around it (ADR 0034). Where components can be used, {@link IsolatedText} and
 * {@link UserTextSpan} do the same with elements.
 */
public final class Bidi {

    static final char FSI = '\u2068';
    static final char PDI = '\u2069';

    private Bidi() {
    }

    /** The text isolated; empty for null or empty. */
    public static String isolate(@Nullable String text) {
        return text == null || text.isEmpty() ? "" : FSI + text + PDI;
    }

    /** The text in the locale's language (or another one), isolated. */
    public static String isolate(LocalizedText text, Locale locale) {
        return isolate(text.in(locale));
    }

    /**
     * A translation whose arguments people wrote: every {@code String} argument is isolated and every
     * {@link LocalizedText} is shown in the reader's language, isolated; numbers and other values are formatted as
     * usual.
     */
    public static String message(Component context, String key, Object... args) {
        var shown = new Object[args.length];
        for (var i = 0; i < args.length; i++) {
            shown[i] = isolated(args[i], locale(context));
        }
        return context.getTranslation(key, shown);
    }

    static Object isolated(@Nullable Object arg, Locale locale) {
        if (arg instanceof String text) {
            return isolate(text);
        }
        if (arg instanceof LocalizedText text) {
            return isolate(text, locale);
        }
        return arg == null ? "" : arg;
    }

    /** The reader's locale: the component's UI's, else the current UI's, else English. */
    public static Locale locale(Component context) {
        var ui = context.getUI().orElse(UI.getCurrent());
        return ui == null || ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale();
    }
}
