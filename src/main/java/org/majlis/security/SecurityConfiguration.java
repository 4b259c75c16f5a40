package org.majlis.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.majlis.base.DemoMode;
import org.majlis.security.internal.LocalAccountRepository;
import org.majlis.security.internal.LocalUserDetailsService;
import org.majlis.security.internal.SignInThrottle;
import org.majlis.security.internal.SignInThrottleEvents;
import org.majlis.security.internal.SignInThrottleFilter;
import org.majlis.security.ui.LoginView;
import org.majlis.security.ui.SingleSignOnView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

import java.time.Clock;
import java.util.Map;

/**
 * Two ways to sign in; services are secured method by method either way.
 * <ul>
 *   <li>The embedded default (no profile): the local accounts and {@link LoginView}; repeated failed sign-ins are
 *   throttled per username and per client address ({@link SignInThrottle}).</li>
 *   <li>Profile {@code keycloak}: single sign-on through a Keycloak realm (OIDC authorisation code flow); signing
 *   out ends the Keycloak session too, and a Keycloak session that ends (or a realm role taken away) ends the Majlis
 *   session or that role too ({@link KeycloakSessions}). The local accounts are off.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String[] STATIC = {"/styles/**", "/images/**"};
    /**
     * The bench's endpoints ({@code org.majlis.demo.bench}), only with {@code majlis.bench.enabled} (demo mode only):
     * the load driver calls them without signing in and without a CSRF token; a filter before this chain answers
     * 404 without the bench and 403 to anyone not on this machine.
     */
    private static final String BENCH = "/bench/**";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("!keycloak")
    @EnableConfigurationProperties(SignInThrottle.Limits.class)
    static class LocalSignIn {

        @Bean
        SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle,
                                                @Value("${majlis.bench.enabled:false}") boolean bench)
                throws Exception {
            http.authorizeHttpRequests(auth -> auth.requestMatchers(STATIC).permitAll());
            if (bench) {
                http.authorizeHttpRequests(auth -> auth.requestMatchers(BENCH).permitAll());
                http.csrf(csrf -> csrf.ignoringRequestMatchers(BENCH));
            }
            SecurityHeaders.apply(http);
            http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
            // Too many failed sign-ins for a username or from an address: refused before the password is checked.
            http.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
            return http.build();
        }

        @Bean
        SignInThrottle signInThrottle(SignInThrottle.Limits limits, Clock clock) {
            return new SignInThrottle(limits, clock);
        }

        @Bean
        SignInThrottleEvents signInThrottleEvents(SignInThrottle throttle) {
            return new SignInThrottleEvents(throttle);
        }

        @Bean
        UserDetailsService userDetailsService(LocalAccountRepository accounts, DemoMode demoMode) {
            return new LocalUserDetailsService(accounts, demoMode.on());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("keycloak")
    @EnableConfigurationProperties(OidcProperties.class)
    static class KeycloakSignIn {

        @Bean
        SecurityFilterChain securityFilterChain(HttpSecurity http, ClientRegistrationRepository registrations,
                                                OidcProperties oidc, OAuth2AuthorizedClientManager authorizedClients,
                                                Clock clock) throws Exception {
            http.authorizeHttpRequests(auth -> auth.requestMatchers(STATIC).permitAll());
            // Signing in and out ends in a redirect to Keycloak: the policy's form-action must allow its origin.
            SecurityHeaders.apply(http, oidc.issuerUri());
            // Signing out goes through Keycloak's end-session endpoint (RP-initiated logout) and comes back here.
            http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(
                    "/" + SingleSignOnView.ROUTE, "{baseUrl}/" + SingleSignOnView.ROUTE + "?" + SingleSignOnView.SIGNED_OUT));
            // After Vaadin's configurer, so that its login page is in place before OAuth2 login initialises.
            http.oauth2Login(oauth -> oauth.authorizationEndpoint(endpoint ->
                    endpoint.authorizationRequestResolver(new KeycloakLanguage(registrations))));
            // A Keycloak session that ends ends its Majlis sessions: back-channel logout at
            // /logout/connect/back-channel/keycloak, and failing that the next token refresh (KeycloakSessions).
            http.oidcLogout(logout -> logout.backChannel(Customizer.withDefaults()));
            http.addFilterBefore(new KeycloakSessionCheck(authorizedClients, clock),
                    AnonymousAuthenticationFilter.class);
            return http.build();
        }

        /**
         * The one registration, with Keycloak's endpoints written out rather than discovered: Spring's
         * {@code issuer-uri} would fetch the realm's metadata at start-up and fail to start while Keycloak is down.
         */
        @Bean
        ClientRegistrationRepository clientRegistrationRepository(OidcProperties oidc) {
            var browser = oidc.issuerUri() + "/protocol/openid-connect";
            var server = oidc.serverUri() + "/protocol/openid-connect";
            var registration = ClientRegistration.withRegistrationId(IdentityProvider.REGISTRATION_ID)
                    .clientName("Keycloak")
                    .clientId(oidc.clientId())
                    .clientSecret(oidc.clientSecret())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope("openid", "profile", "email")
                    .issuerUri(oidc.issuerUri())
                    .authorizationUri(browser + "/auth")
                    .tokenUri(server + "/token")
                    .jwkSetUri(server + "/certs")
                    .userInfoUri(server + "/userinfo")
                    .userNameAttributeName("preferred_username")
                    .providerConfigurationMetadata(Map.of("end_session_endpoint", browser + "/logout"))
                    .build();
            return new InMemoryClientRegistrationRepository(registration);
        }

        /** Realm roles → authorities; Spring's OIDC login picks up the one mapper bean by itself. */
        @Bean
        GrantedAuthoritiesMapper realmRoleAuthorities() {
            return new RealmRoleAuthorities();
        }

        @Bean
        IdentityProvider identityProvider(OidcProperties oidc, Clock clock) {
            return new IdentityProvider(oidc, clock);
        }
    }
}
