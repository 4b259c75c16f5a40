package org.majlis.security;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.majlis.base.Language;
import org.majlis.base.ui.LocaleSupport;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

import java.util.Arrays;

/**
 * Asks Keycloak to show its sign-in form in the language the person chose in Majlis ({@code ui_locales}): the
 * language cookie, else the browser's language, else English.
 */
class KeycloakLanguage implements OAuth2AuthorizationRequestResolver {

    private final OAuth2AuthorizationRequestResolver defaults;

    KeycloakLanguage(ClientRegistrationRepository registrations) {
        this.defaults = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return withLanguage(defaults.resolve(request), request);
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return withLanguage(defaults.resolve(request, clientRegistrationId), request);
    }

    private static @Nullable OAuth2AuthorizationRequest withLanguage(@Nullable OAuth2AuthorizationRequest authorization,
                                                                     HttpServletRequest request) {
        if (authorization == null) {
            return null;
        }
        var language = languageOf(request).code();
        return OAuth2AuthorizationRequest.from(authorization)
                .additionalParameters(parameters -> parameters.put("ui_locales", language))
                .build();
    }

    static Language languageOf(HttpServletRequest request) {
        var cookies = request.getCookies();
        if (cookies != null) {
            var chosen = Arrays.stream(cookies).filter(c -> LocaleSupport.COOKIE.equals(c.getName())).findFirst();
            if (chosen.isPresent()) {
                return Language.fromCode(chosen.get().getValue());
            }
        }
        return request.getLocale() == null ? Language.EN : Language.of(request.getLocale());
    }
}
