package org.majlis.api.internal;

import java.util.Map;

/** A filter or paging parameter the API cannot use: answered 400 with each bad parameter and why. */
class ApiBadRequestException extends RuntimeException {

    private final transient Map<String, String> errors;

    ApiBadRequestException(Map<String, String> errors) {
        super("Bad parameters: " + errors.keySet());
        this.errors = Map.copyOf(errors);
    }

    Map<String, String> errors() {
        return errors;
    }
}
