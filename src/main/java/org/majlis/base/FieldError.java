package org.majlis.base;

/**
 * One problem with one field of a form: the field's name, a translation key and its arguments.
 * Views show {@code getTranslation(messageKey, args)} next to the field.
 */
public record FieldError(String field, String messageKey, Object... args) {
}
