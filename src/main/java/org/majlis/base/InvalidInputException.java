package org.majlis.base;

import java.util.List;

/** Thrown by a service before it changes anything, when the input breaks a rule. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("Invalid input: " + errors.stream().map(e -> e.field() + "=" + e.messageKey()).toList());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String messageKey, Object... args) {
        this(List.of(new FieldError(field, messageKey, args)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
