package org.majlis;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.majlis.base.FieldError;
import org.majlis.base.InvalidInputException;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The field errors a service command was refused with, as {@code "field: translation.key"} (and, with
 * {@link #withArguments}, {@code "field: translation.key [arg, …]"}), so that a test reads like the form.
 */
public final class InputErrors {

    private InputErrors() {
    }

    /** Runs the command, expects it to be refused with {@link InvalidInputException}, returns its field errors. */
    public static List<String> of(ThrowingCallable command) {
        return refusal(command).errors().stream().map(e -> e.field() + ": " + e.messageKey()).toList();
    }

    /** Like {@link #of} with the message arguments, e.g. {@code "nameFr: validation.too-long [200]"}. */
    public static List<String> withArguments(ThrowingCallable command) {
        return refusal(command).errors().stream().map(InputErrors::describe).toList();
    }

    private static InvalidInputException refusal(ThrowingCallable command) {
        var refusal = catchThrowableOfType(InvalidInputException.class, command);
        assertThat(refusal).as("the command is refused with field errors").isNotNull();
        return refusal;
    }

    private static String describe(FieldError error) {
        var text = error.field() + ": " + error.messageKey();
        return error.args().length == 0 ? text : text + " " + Arrays.toString(error.args());
    }
}
