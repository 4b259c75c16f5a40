package org.majlis.base;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects field errors for one command; {@link #throwIfAny()} raises them together so that a form can show
 * every problem at once. Message keys live under {@code validation.*} in the translation files.
 */
public final class Validation {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final List<FieldError> errors = new ArrayList<>();

    public Validation required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "validation.required"));
        }
        return this;
    }

    public Validation required(String field, @Nullable Object value) {
        if (value == null) {
            errors.add(new FieldError(field, "validation.required"));
        }
        return this;
    }

    public Validation maxLength(String field, @Nullable String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(new FieldError(field, "validation.too-long", max));
        }
        return this;
    }

    /** At least one language given, none too long. The field names are {@code prefix + "En"}, etc. */
    public Validation localized(String prefix, LocalizedText text, int max, boolean required) {
        if (required && text.isEmpty()) {
            errors.add(new FieldError(prefix + "En", "validation.one-language-required"));
        }
        maxLength(prefix + "En", text.en(), max);
        maxLength(prefix + "Fr", text.fr(), max);
        maxLength(prefix + "Ar", text.ar(), max);
        return this;
    }

    public Validation email(String field, @Nullable String value) {
        if (value != null && !value.isBlank() && !EMAIL.matcher(value.strip()).matches()) {
            errors.add(new FieldError(field, "validation.email"));
        }
        return this;
    }

    public Validation check(boolean ok, String field, String messageKey, Object... args) {
        if (!ok) {
            errors.add(new FieldError(field, messageKey, args));
        }
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean hasErrorOn(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /** The problems found so far, for callers that report them without throwing (an import's preview). */
    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
