package org.majlis.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the Keycloak realm roles of an account into Majlis' authorities. The realm's client has a mapper that
 * writes the realm roles into the ID token and userinfo as the claim {@code roles}; Spring's OIDC login only
 * reads those two. Everyone signed in is a {@code ROLE_USER}; the realm role {@code ADMIN} (the secretariat)
 * becomes {@code ROLE_ADMIN}. Other realm roles ({@code offline_access}, Keycloak's defaults) give nothing.
 * Room roles are not here: they come from Majlis' own assignments.
 */
public class RealmRoleAuthorities implements GrantedAuthoritiesMapper {

    /** The claim the realm's protocol mapper writes the realm roles into. */
    public static final String ROLES_CLAIM = "roles";

    private static final Set<String> KNOWN_ROLES = Set.of(Roles.ADMIN, Roles.USER);

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        var mapped = new LinkedHashSet<GrantedAuthority>(authorities);
        var oidc = authorities.stream().anyMatch(OidcUserAuthority.class::isInstance);
        if (oidc) {
            mapped.add(new SimpleGrantedAuthority("ROLE_" + Roles.USER));
        }
        authorities.stream()
                .filter(OidcUserAuthority.class::isInstance)
                .map(OidcUserAuthority.class::cast)
                .flatMap(authority -> realmRoles(authority).stream())
                .filter(KNOWN_ROLES::contains)
                .forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
        return mapped;
    }

    private static List<String> realmRoles(OidcUserAuthority authority) {
        var roles = new LinkedHashSet<String>();
        var fromIdToken = authority.getIdToken().getClaimAsStringList(ROLES_CLAIM);
        if (fromIdToken != null) {
            roles.addAll(fromIdToken);
        }
        if (authority.getUserInfo() != null) {
            var fromUserInfo = authority.getUserInfo().getClaimAsStringList(ROLES_CLAIM);
            if (fromUserInfo != null) {
                roles.addAll(fromUserInfo);
            }
        }
        return List.copyOf(roles);
    }
}
