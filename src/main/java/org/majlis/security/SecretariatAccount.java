package org.majlis.security;

/**
 * The secretariat's first account as the operator chooses it on the setup screen (or in the environment): username,
 * password and the password typed again.
 */
public record SecretariatAccount(String username, String password, String confirmation) {

    @Override
    public String toString() {
        return "SecretariatAccount[username=" + username + ", password=…]";
    }
}
