package org.majlis.security;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.majlis.base.ui.LocaleSupport;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakLanguageTest {

    private final KeycloakLanguage resolver = new KeycloakLanguage(new InMemoryClientRegistrationRepository(
            ClientRegistration.withRegistrationId("keycloak")
                    .clientId("majlis").clientSecret("secret")
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope("openid")
                    .authorizationUri("http://kc/realms/majlis/protocol/openid-connect/auth")
                    .tokenUri("http://kc/realms/majlis/protocol/openid-connect/token")
                    .build()));

    @Test
    void keycloak_shows_its_form_in_the_language_chosen_in_majlis() {
        var request = signInRequest();
        request.setCookies(new Cookie(LocaleSupport.COOKIE, "ar"));
        request.addPreferredLocale(Locale.FRENCH);

        var authorization = resolver.resolve(request);

        assertThat(authorization).isNotNull();
        assertThat(authorization.getAdditionalParameters()).containsEntry("ui_locales", "ar");
        assertThat(authorization.getAuthorizationRequestUri()).contains("ui_locales=ar");
    }

    @Test
    void without_a_choice_the_browsers_language_counts() {
        var request = signInRequest();
        request.addPreferredLocale(Locale.FRENCH);

        assertThat(resolver.resolve(request).getAdditionalParameters()).containsEntry("ui_locales", "fr");
    }

    @Test
    void a_language_majlis_does_not_speak_falls_back_to_english() {
        var request = signInRequest();
        request.addPreferredLocale(Locale.GERMAN);

        assertThat(resolver.resolve(request).getAdditionalParameters()).containsEntry("ui_locales", "en");
    }

    @Test
    void other_requests_start_no_sign_in() {
        var request = new MockHttpServletRequest("GET", "/rooms/1");
        request.setServletPath("/rooms/1");
        assertThat(resolver.resolve(request)).isNull();
    }

    private static MockHttpServletRequest signInRequest() {
        var request = new MockHttpServletRequest("GET", "/oauth2/authorization/keycloak");
        request.setServletPath("/oauth2/authorization/keycloak");
        return request;
    }
}
