package org.majlis.security;

import org.jspecify.annotations.Nullable;

/** The signed-in person as the application needs to know them. */
public record UserIdentity(String username, @Nullable String email, String displayName, boolean admin) {
}
