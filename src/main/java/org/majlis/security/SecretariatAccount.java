package org.majlis.security;

import org.jspecify.annotations.Nullable;

/**
 * The secretariat's first account as the operator chooses it on the setup screen (or in the environment): username,
 * password, the password typed again, and the setup code from the server's log ({@link SetupCode}; none from the
 * environment).
 */
public record SecretariatAccount(String username, String password, String confirmation, @Nullable String setupCode) {

    /** From the environment, where whoever sets it runs the server: no setup code. */
    public SecretariatAccount(String username, String password, String confirmation) {
        this(username, password, confirmation, null);
    }

    @Override
    public String toString() {
        return "SecretariatAccount[username=" + username + ", password=…, setupCode=…]";
    }
}
