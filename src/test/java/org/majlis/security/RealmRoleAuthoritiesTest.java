package org.majlis.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RealmRoleAuthoritiesTest {

    private final RealmRoleAuthorities mapper = new RealmRoleAuthorities();

    @Test
    void the_realm_role_admin_makes_the_secretariat() {
        assertThat(roles(mapper.mapAuthorities(List.of(oidc(List.of("ADMIN", "USER"))))))
                .contains("ROLE_ADMIN", "ROLE_USER");
    }

    @Test
    void a_realm_user_is_a_user_and_not_the_secretariat() {
        assertThat(roles(mapper.mapAuthorities(List.of(oidc(List.of("USER"))))))
                .contains("ROLE_USER")
                .doesNotContain("ROLE_ADMIN");
    }

    @Test
    void keycloaks_default_roles_give_no_rights() {
        var mapped = roles(mapper.mapAuthorities(List.of(oidc(List.of("offline_access", "uma_authorization",
                "default-roles-majlis")))));
        assertThat(mapped).contains("ROLE_USER")
                .doesNotContain("ROLE_ADMIN", "ROLE_offline_access", "ROLE_uma_authorization",
                        "ROLE_default-roles-majlis");
    }

    @Test
    void role_names_must_match_exactly() {
        assertThat(roles(mapper.mapAuthorities(List.of(oidc(List.of("admin", "Admin"))))))
                .doesNotContain("ROLE_ADMIN", "ROLE_admin");
    }

    @Test
    void roles_that_only_the_userinfo_carries_count_too() {
        var idToken = idToken(null);
        var userInfo = new OidcUserInfo(Map.of("sub", "subject-1", RealmRoleAuthorities.ROLES_CLAIM, List.of("ADMIN")));
        assertThat(roles(mapper.mapAuthorities(List.of(new OidcUserAuthority(idToken, userInfo)))))
                .contains("ROLE_ADMIN", "ROLE_USER");
    }

    @Test
    void an_account_whose_tokens_carry_no_roles_is_still_a_user() {
        assertThat(roles(mapper.mapAuthorities(List.of(new OidcUserAuthority(idToken(null))))))
                .contains("ROLE_USER")
                .doesNotContain("ROLE_ADMIN");
    }

    @Test
    void the_oidc_authority_itself_is_kept() {
        GrantedAuthority authority = oidc(List.of("USER"));
        assertThat(List.<GrantedAuthority>copyOf(mapper.mapAuthorities(List.of(authority)))).contains(authority);
    }

    @Test
    void a_sign_in_that_is_not_oidc_is_left_as_it_is() {
        var scope = new SimpleGrantedAuthority("SCOPE_openid");
        assertThat(roles(mapper.mapAuthorities(List.of(scope)))).containsExactly("SCOPE_openid");
    }

    private static OidcUserAuthority oidc(List<String> roles) {
        return new OidcUserAuthority(idToken(roles));
    }

    private static OidcIdToken idToken(List<String> roles) {
        var claims = new HashMap<String, Object>();
        claims.put("sub", "subject-1");
        claims.put("preferred_username", "someone");
        if (roles != null) {
            claims.put(RealmRoleAuthorities.ROLES_CLAIM, roles);
        }
        var now = Instant.now();
        return new OidcIdToken("id-token", now, now.plusSeconds(300), claims);
    }

    private static List<String> roles(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).toList();
    }
}
