package org.majlis.meetings;

import org.majlis.security.UserIdentity;

import java.util.UUID;

/** Links a participant to a made-up Keycloak account, as a first sign-in through Keycloak would. */
public final class AccountLinkFixtures {

    private AccountLinkFixtures() {
    }

    public static void linkAccountByEmail(AccountLinks accountLinks, String email) {
        accountLinks.link(new UserIdentity("kc-" + UUID.randomUUID(), email, "Keycloak user", false,
                UUID.randomUUID().toString(), true));
    }
}
