package org.majlis.api.internal;

import org.majlis.security.ApiClientAuthentication;
import org.majlis.security.CurrentUser;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling the API and so what it may see beyond what the services already decide: a client system with an
 * API token reads every room but only what is published unless its token may read drafts; a Keycloak account
 * reads as its user does on the screens (the rooms they take part in — every room for the secretariat — and in
 * them what the services show them).
 *
 * @param token  a client system with an API token (else a Keycloak account)
 * @param drafts sees matrix entries in every status and records before their report is adopted
 * @param admin  the secretariat (a Keycloak account with the realm role ADMIN)
 * @param key    the caller as the rate limit counts it; never the token
 */
record ApiCaller(boolean token, boolean drafts, boolean admin, String key) {

    static ApiCaller current(CurrentUser users) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof ApiClientAuthentication client) {
            return new ApiCaller(true, client.hasScope(ApiClientAuthentication.DRAFTS), false, client.getName());
        }
        var identity = users.require();
        var key = "account:" + (identity.subject() != null ? identity.subject() : identity.username());
        return new ApiCaller(false, true, identity.admin(), key);
    }

    /** Lists every room of an edition (else only the rooms the account takes part in). */
    boolean seesEveryRoom() {
        return token || admin;
    }
}
