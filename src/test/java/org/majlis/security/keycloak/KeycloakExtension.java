package org.majlis.security.keycloak;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Shares one real Keycloak between all test classes of the JVM and stops it when the whole test run ends (the root
 * context's store closes it). Put it before Spring's extension so Keycloak runs before the application starts.
 */
public class KeycloakExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(KeycloakServer.class, key -> KeycloakServer.shared(), KeycloakServer.class);
    }
}
