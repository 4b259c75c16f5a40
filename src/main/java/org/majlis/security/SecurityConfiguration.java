package org.majlis.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.majlis.base.DemoMode;
import org.majlis.security.internal.ApiBearerTokens;
import org.majlis.security.internal.ApiProblemResponses;
import org.majlis.security.internal.LocalAccountRepository;
import org.majlis.security.internal.LocalUserDetailsService;
import org.majlis.security.internal.SignInThrottle;
import org.majlis.security.internal.SignInThrottleEvents;
import org.majlis.security.internal.SignInThrottleFilter;
import org.majlis.security.ui.LoginView;
import org.majlis.security.ui.SingleSignOnView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
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
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Two ways to sign in; services are secured method by method either way. The read API ({@code /api/**}, module
 * {@code api}) has a filter chain of its own, before the pages' ({@link #apiFilterChain}).
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

    /** The read API and its description: the only paths of {@link #apiFilterChain}. */
    static final String[] API = {"/api/**", "/swagger-ui/**"};
    /** The OpenAPI document and its browser: open to anyone (they describe the API, they hold no data). */
    static final String[] API_DOCS = {"/api/docs", "/api/docs/**", "/api/openapi", "/api/openapi/**",
            "/api/openapi.yaml", "/api/swagger-ui/**", "/swagger-ui/**"};

    /**
     * The read API: stateless, bearer tokens only — an API token the secretariat issued (checked by the {@code api}
     * module, {@link ApiTokenVerifier}) or, with the {@code keycloak} profile, a Keycloak access token (JWT, checked
     * against the realm's keys and issuer; it reads as its user). No session is created or read and no cookie counts,
     * so CSRF protection has nothing to protect here and is off on this chain only. Refusals are problem details
     * (401, 403). Ordered before the pages' chain, which takes every other path. ADR 0046.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ObjectProvider<ApiTokenVerifier> apiTokens,
                                       ObjectProvider<JwtDecoder> keycloakTokens) throws Exception {
        var problems = new ApiProblemResponses();
        var decoder = keycloakTokens.getIfAvailable();
        JwtAuthenticationProvider jwt = null;
        if (decoder != null) {
            jwt = new JwtAuthenticationProvider(decoder);
            jwt.setJwtAuthenticationConverter(new JwtRealmRoles());
        }
        var verifier = apiTokens.getIfAvailable(() -> token -> Optional.empty());
        var manager = ApiBearerTokens.manager(verifier, jwt);
        http.securityMatcher(API)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, API_DOCS).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationManagerResolver(request -> manager)
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        SecurityHeaders.apply(http);
        // Answers carry an ETag and "Cache-Control: private, no-cache" (the api module): clients revalidate.
        http.headers(headers -> headers.cacheControl(cache -> cache.disable()));
        return http.build();
    }

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

        /**
         * Keycloak access tokens on the read API: signed by the realm (keys fetched when the first token comes, so
         * Majlis starts while Keycloak is down) and issued by it ({@code iss} = the issuer URI), not expired.
         */
        @Bean
        JwtDecoder keycloakAccessTokens(OidcProperties oidc) {
            var decoder = NimbusJwtDecoder.withJwkSetUri(oidc.serverUri() + "/protocol/openid-connect/certs").build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(oidc.issuerUri()));
            return decoder;
        }

        @Bean
        IdentityProvider identityProvider(OidcProperties oidc, Clock clock) {
            return new IdentityProvider(oidc, clock);
        }
    }
}
