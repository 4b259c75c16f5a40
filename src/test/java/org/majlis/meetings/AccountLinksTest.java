package org.majlis.meetings;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.majlis.meetings.internal.ParticipantRepository;
import org.majlis.security.CurrentUser;
import org.majlis.security.UserIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.meetings.SecurityContexts.asAdmin;

/**
 * Linking identity-provider accounts to participants: by verified email only, by username only where that is
 * switched on, never a takeover.
 */
@MajlisSpringTest
class AccountLinksTest {

    @Autowired
    AccountLinks accountLinks;
    @Autowired
    ParticipantService participants;
    @Autowired
    RoomAccess roomAccess;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ParticipantRepository participantRepository;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_account_is_linked_to_the_participant_with_the_same_verified_email() {
        var participant = register("Email Match", null);

        var linked = accountLinks.link(account(subject(), "someone-else", participant.email().toUpperCase(), true));

        assertThat(linked).contains(participant.id());
        assertThat(asAdmin(() -> participants.get(participant.id())).accountLinked()).isTrue();
    }

    @Test
    void an_unverified_email_links_nothing() {
        var participant = register("Unverified Email", null);

        var linked = accountLinks.link(account(subject(), "not-a-username", participant.email(), false));

        assertThat(linked).isEmpty();
        assertThat(asAdmin(() -> participants.get(participant.id())).accountLinked()).isFalse();
    }

    @Test
    void by_default_an_account_named_like_a_participant_is_not_linked_to_them() {
        // Takeover attempt: on a realm with self-registration anyone can pick a chair's username.
        var username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        var participant = register("Username Match", username);

        var linked = accountLinks.link(account(subject(), username, "elsewhere-" + username + "@example.org", true));

        assertThat(linked).isEmpty();
        assertThat(asAdmin(() -> participants.get(participant.id())).accountLinked()).isFalse();
    }

    @Test
    void with_username_linking_switched_on_the_same_username_links_the_account() {
        var username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        var participant = register("Username Opt-in", username);

        var linked = linkWithUsernameLinkingOn(
                account(subject(), username, "elsewhere-" + username + "@example.org", false));

        assertThat(linked).contains(participant.id());
        assertThat(asAdmin(() -> participants.get(participant.id())).accountLinked()).isTrue();
    }

    @Test
    void with_username_linking_switched_on_an_unverified_email_still_links_nothing() {
        var participant = register("Unverified Opt-in", null);

        var linked = linkWithUsernameLinkingOn(
                account(subject(), "nobody-" + UUID.randomUUID(), participant.email(), false));

        assertThat(linked).isEmpty();
        assertThat(asAdmin(() -> participants.get(participant.id())).accountLinked()).isFalse();
    }

    @Test
    void with_username_linking_switched_on_a_verified_email_still_comes_first() {
        var username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        var byUsername = register("Named Alike", username);
        var byEmail = register("Same Email", null);

        var linked = linkWithUsernameLinkingOn(account(subject(), username, byEmail.email(), true));

        assertThat(linked).contains(byEmail.id());
        assertThat(asAdmin(() -> participants.get(byUsername.id())).accountLinked()).isFalse();
    }

    @Test
    void a_participant_linked_to_one_account_is_not_taken_over_by_another_with_the_same_email() {
        var participant = register("Already Linked", null);
        var first = subject();
        accountLinks.link(account(first, "first", participant.email(), true));

        var second = accountLinks.link(account(subject(), "second", participant.email(), true));

        assertThat(second).isEmpty();
        assertThat(accountLinks.link(account(first, "first", participant.email(), true))).contains(participant.id());
    }

    @Test
    void someone_unknown_to_the_secretariat_is_linked_to_nobody_and_counts_as_unregistered() {
        var identity = account(subject(), "stranger-" + UUID.randomUUID(), "stranger@example.org", true);
        assertThat(accountLinks.link(identity)).isEmpty();

        signInThroughKeycloak(identity, false);
        assertThat(accountLinks.currentUserUnregistered()).isTrue();
        assertThat(roomAccess.currentParticipantId()).isEmpty();
    }

    @Test
    void the_secretariat_signing_in_through_keycloak_is_never_sent_to_the_unregistered_page() {
        signInThroughKeycloak(account(subject(), "secretariat-" + UUID.randomUUID(), "nobody@example.org", true), true);
        assertThat(accountLinks.currentUserUnregistered()).isFalse();
    }

    @Test
    void a_keycloak_account_is_known_by_its_link_not_by_a_matching_username() {
        // A Keycloak account named like a demo participant but linked elsewhere gets none of that person's rooms.
        var participant = register("Linked Elsewhere", null);
        var impostor = account(subject(), "pol.chair.un", participant.email(), true);
        accountLinks.link(impostor);

        signInThroughKeycloak(impostor, false);

        assertThat(roomAccess.currentParticipantId()).contains(participant.id());
    }

    @Test
    void an_unlinked_keycloak_account_gets_no_rooms_even_with_a_participants_username() {
        signInThroughKeycloak(account(subject(), "eco.chair.un", "someone@example.org", true), false);
        assertThat(roomAccess.currentParticipantId()).isEmpty();
    }

    @Test
    void a_successful_keycloak_sign_in_links_the_account() {
        var participant = register("Signs In", null);
        var authentication = keycloakAuthentication(account(subject(), "signs-in", participant.email(), true), false);

        events.publishEvent(new AuthenticationSuccessEvent(authentication));

        assertThat(asAdmin(() -> participants.get(participant.id())).accountLinked()).isTrue();
    }

    @Test
    void a_local_account_keeps_being_found_by_username() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "eco.fao", null, AuthorityUtils.createAuthorityList("ROLE_USER")));
        assertThat(roomAccess.currentParticipantId()).isPresent();
        assertThat(accountLinks.currentUserUnregistered()).isFalse();
    }

    /** Links as a deployment with {@code majlis.oidc.link-by-username=true} does. */
    private Optional<Long> linkWithUsernameLinkingOn(UserIdentity identity) {
        var linkingByUsername = new AccountLinks(participantRepository, currentUser, clock, true);
        return new TransactionTemplate(transactions).execute(status -> linkingByUsername.link(identity));
    }

    private ParticipantSummary register(String name, String username) {
        var email = UUID.randomUUID().toString().substring(0, 12) + "@link.example";
        return asAdmin(() -> participants.create(new ParticipantData(name, email, null, null, username)));
    }

    private static String subject() {
        return UUID.randomUUID().toString();
    }

    private static UserIdentity account(String subject, String username, String email, boolean verified) {
        return new UserIdentity(username, email, username, false, subject, verified);
    }

    private void signInThroughKeycloak(UserIdentity identity, boolean admin) {
        SecurityContextHolder.getContext().setAuthentication(keycloakAuthentication(identity, admin));
        assertThat(currentUser.require().subject()).isEqualTo(identity.subject());
    }

    private static OAuth2AuthenticationToken keycloakAuthentication(UserIdentity identity, boolean admin) {
        var now = Instant.now();
        var token = new OidcIdToken("id-token", now, now.plusSeconds(300), Map.of(
                "sub", identity.subject(),
                "preferred_username", identity.username(),
                "email", identity.email(),
                "email_verified", identity.emailVerified()));
        var authorities = admin ? AuthorityUtils.createAuthorityList("ROLE_USER", "ROLE_ADMIN")
                : AuthorityUtils.createAuthorityList("ROLE_USER");
        var user = new DefaultOidcUser(authorities, token, "preferred_username");
        return new OAuth2AuthenticationToken(user, authorities, "keycloak");
    }
}
