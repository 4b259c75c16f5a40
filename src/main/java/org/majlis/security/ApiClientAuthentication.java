package org.majlis.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A client system that called the read API with an API token the secretariat issued (module {@code api}). It is
 * nobody among the participants: {@link CurrentUser#get()} is empty for it, so it holds no room role and is not the
 * secretariat; it may read every room ({@code RoomAccess.mayView}) and change nothing. What it sees of each room is
 * narrowed by the API to what is published (adopted entries, adopted records) unless the token carries the scope
 * {@link #DRAFTS}. Exists only on the stateless {@code /api/**} filter chain, never in a session.
 */
public final class ApiClientAuthentication extends AbstractAuthenticationToken {

    /** The role every API token carries. */
    public static final String ROLE = "API_CLIENT";
    /** The scope that lets a token read drafts: matrix entries in any status, records before the report is adopted. */
    public static final String DRAFTS = "drafts";
    /** Authorities of scopes are {@code API_SCOPE_<scope>}. */
    public static final String SCOPE_PREFIX = "API_SCOPE_";

    private final long tokenId;
    private final String clientName;
    private final Set<String> scopes;

    public ApiClientAuthentication(long tokenId, String clientName, Set<String> scopes) {
        super(authorities(scopes));
        this.tokenId = tokenId;
        this.clientName = clientName;
        this.scopes = Set.copyOf(scopes);
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(Set<String> scopes) {
        var authorities = new ArrayList<GrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + ROLE));
        scopes.stream().sorted().forEach(scope -> authorities.add(new SimpleGrantedAuthority(SCOPE_PREFIX + scope)));
        return authorities;
    }

    public long tokenId() {
        return tokenId;
    }

    public String clientName() {
        return clientName;
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    /** Never the token itself: it is not kept after it was checked. */
    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return getName();
    }

    /** {@code api-token:<id>}: what logs and the rate limit name it by (never the token). */
    @Override
    public String getName() {
        return "api-token:" + tokenId;
    }
}
