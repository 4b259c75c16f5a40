package org.majlis.base.internal;

import java.util.List;

/** Majlis refuses to start outside demo mode while a published default secret is configured. */
class UnsafeDefaultsException extends IllegalStateException {

    private final List<String> settings;

    UnsafeDefaultsException(List<String> problems, List<String> settings) {
        super("Majlis does not start outside demo mode with a published default secret: "
                + String.join(" ", problems));
        this.settings = List.copyOf(settings);
    }

    /** The environment variables to set, e.g. {@code MAJLIS_OIDC_CLIENT_SECRET}. */
    List<String> settings() {
        return settings;
    }
}
