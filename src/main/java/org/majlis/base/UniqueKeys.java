package org.majlis.base;

import org.springframework.dao.DataIntegrityViolationException;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Two people saving the same unique value at the same moment both pass the service's check ("is this email free?")
 * and the database keeps the first save; the second fails on the unique key. This turns that failure into the same
 * translated field error the check gives, by the key's name (the constraint names of the migrations, e.g.
 * {@code uk_participant_email}), so nobody meets a raw database error.
 */
public final class UniqueKeys {

    /** MariaDB: "Duplicate entry 'x' for key 'uk_name'" (some versions write 'table.uk_name'). */
    private static final Pattern KEY = Pattern.compile("for key '([^']+)'");

    private UniqueKeys() {
    }

    /** The name of the unique key the failed statement violated, if the failure says (lower case, no table). */
    public static Optional<String> violated(DataIntegrityViolationException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String name = null;
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
                name = violation.getConstraintName();
            }
            if (name == null && cause.getMessage() != null) {
                var matcher = KEY.matcher(cause.getMessage());
                name = matcher.find() ? matcher.group(1) : null;
            }
            if (name != null && !name.isBlank()) {
                var plain = name.substring(name.lastIndexOf('.') + 1);
                return Optional.of(plain.toLowerCase(Locale.ROOT));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * Runs {@code save} (which must flush); when it violates one of the named unique keys, throws the matching field
     * error as {@link InvalidInputException} instead. Any other failure passes unchanged.
     */
    public static <T> T translate(Supplier<T> save, Map<String, FieldError> errorsByKey) {
        try {
            return save.get();
        } catch (DataIntegrityViolationException failure) {
            var error = violated(failure).map(errorsByKey::get).orElse(null);
            if (error == null) {
                throw failure;
            }
            throw new InvalidInputException(List.of(error));
        }
    }
}
