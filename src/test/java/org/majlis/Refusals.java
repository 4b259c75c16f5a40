package org.majlis;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.majlis.base.RefusedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The translation key with which a rule of the meeting refused a command ({@link RefusedException}). */
public final class Refusals {

    private Refusals() {
    }

    /** Runs a command given as a {@link ThrowingCallable}, passing on what it throws. */
    public static void run(ThrowingCallable command) {
        try {
            command.call();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the command, which must be refused, and returns the refusal's message key. */
    public static String keyOf(ThrowingCallable command) {
        var refusal = catchThrowableOfType(RefusedException.class, command);
        assertThat(refusal).as("refused with a RefusedException").isNotNull();
        return refusal.messageKey();
    }
}
