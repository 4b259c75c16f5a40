package org.majlis.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * A Keycloak access token on the read API → the same authorities its user gets when signing in
 * ({@link RealmRoleAuthorities}): {@code ROLE_USER}, and {@code ROLE_ADMIN} for the realm role {@code ADMIN}. The
 * realm's mapper writes the realm roles into the access token as {@code roles}; Keycloak's own
 * {@code realm_access.roles} is read too. Scopes of the token give nothing: the token reads as its user would on the
 * screens. The name is the username ({@code preferred_username}), as on the screens.
 */
final class JwtRealmRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        var authorities = new LinkedHashSet<GrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.USER));
        var roles = new LinkedHashSet<String>();
        var mapped = jwt.getClaimAsStringList(RealmRoleAuthorities.ROLES_CLAIM);
        if (mapped != null) {
            roles.addAll(mapped);
        }
        var realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess != null && realmAccess.get("roles") instanceof List<?> keycloakRoles) {
            keycloakRoles.forEach(role -> roles.add(String.valueOf(role)));
        }
        if (roles.contains(Roles.ADMIN)) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN));
        }
        var username = jwt.getClaimAsString("preferred_username");
        return new JwtAuthenticationToken(jwt, authorities,
                username == null || username.isBlank() ? jwt.getSubject() : username);
    }
}
