package org.majlis.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.RefreshTokenOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizedClientRefreshedEventListener;
import org.springframework.security.oauth2.client.oidc.authentication.event.OidcUserRefreshedEvent;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * What keeps Majlis sessions of the {@code keycloak} profile in step with Keycloak (see ADR 0036):
 * <ul>
 *   <li>back-channel logout ({@code SecurityConfiguration}): Keycloak tells Majlis when a session ends, and Spring
 *   Security invalidates the Majlis sessions of it; the {@link HttpSessionEventPublisher} lets Spring forget the
 *   sessions that end otherwise;</li>
 *   <li>{@link KeycloakSessionCheck}: tokens are refreshed when they expire, which re-reads the realm roles and
 *   notices a Keycloak session that has ended.</li>
 * </ul>
 * The tokens of a sign-in are kept in its HTTP session (not in a map per username), so two browsers of one person
 * each refresh their own and end with their own Keycloak session.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
class KeycloakSessions {

    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
                                                          OAuth2AuthorizedClientRepository authorizedClients,
                                                          ApplicationEventPublisher events, Clock clock) {
        var refresh = new RefreshTokenOAuth2AuthorizedClientProvider();
        // Its refresh event makes refreshedUserListener re-read the user (and realm roles) from the new ID token.
        refresh.setApplicationEventPublisher(events);
        refresh.setClock(clock);
        var manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .provider(refresh)
                .build());
        return manager;
    }

    /**
     * Re-reads the signed-in user from the ID token of every token refresh, realm roles mapped again, and announces
     * it ({@link OidcUserRefreshedEvent}). Spring's OIDC login registers such a listener itself, but that one looks
     * for the signed-in user through the security-context strategy in force when it was built, not through Vaadin's
     * ({@code VaadinAwareSecurityContextHolderStrategy}, installed later, with a context of its own), so it never
     * finds anyone and a removed role kept counting. This one looks through the strategy in force at the refresh.
     */
    @Bean
    OidcAuthorizedClientRefreshedEventListener refreshedUserListener(GrantedAuthoritiesMapper realmRoles,
                                                                     ApplicationEventPublisher events) {
        var listener = new OidcAuthorizedClientRefreshedEventListener();
        listener.setAuthoritiesMapper(realmRoles);
        listener.setSecurityContextHolderStrategy(new CurrentContextHolderStrategy());
        listener.setApplicationEventPublisher(events);
        return listener;
    }

    /** The refreshed user takes the signed-in one's place; {@link KeycloakSessionCheck} keeps it in the session. */
    @EventListener
    void onUserRefreshed(OidcUserRefreshedEvent event) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(event.getAuthentication());
        SecurityContextHolder.setContext(context);
    }

    /** Session events for Spring Security, so that the back-channel logout registry forgets ended sessions. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Whatever security-context strategy is in force when asked (Vaadin's, once Vaadin has installed it). */
    private static final class CurrentContextHolderStrategy implements SecurityContextHolderStrategy {

        @Override
        public void clearContext() {
            SecurityContextHolder.clearContext();
        }

        @Override
        public SecurityContext getContext() {
            return SecurityContextHolder.getContext();
        }

        @Override
        public Supplier<SecurityContext> getDeferredContext() {
            return SecurityContextHolder.getDeferredContext();
        }

        @Override
        public void setContext(SecurityContext context) {
            SecurityContextHolder.setContext(context);
        }

        @Override
        public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
            SecurityContextHolder.setDeferredContext(deferredContext);
        }

        @Override
        public SecurityContext createEmptyContext() {
            return SecurityContextHolder.createEmptyContext();
        }
    }
}
