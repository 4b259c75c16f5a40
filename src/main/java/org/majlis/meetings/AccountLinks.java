package org.majlis.meetings;

import org.majlis.meetings.internal.Participant;
import org.majlis.meetings.internal.ParticipantRepository;
import org.majlis.security.CurrentUser;
import org.majlis.security.UserIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Links identity-provider (Keycloak) accounts to participants. The first time someone signs in through Keycloak,
 * their account is linked to the participant with the same <em>verified</em> email; an unverified email never
 * links. Linking by the same username as well is an explicit opt-in ({@value #LINK_BY_USERNAME}{@code =true}): on a
 * realm with self-registration or editable usernames anyone could name an account after a chair and take over
 * their rights, so it is only for realms where the secretariat alone creates accounts and usernames cannot be
 * edited ({@code docs/keycloak.md}). From then on Majlis knows them by the account's subject alone. A participant
 * linked to one account is never silently re-linked to another: the secretariat unlinks first
 * ({@link ParticipantService#unlinkAccount}).
 * Room roles still come from Majlis' own assignments; only the secretariat role comes from the realm.
 */
@Service
@PreAuthorize("permitAll()")
@Transactional(readOnly = true)
public class AccountLinks {

    /** The setting that lets a first sign-in link by username too (default false: verified email only). */
    public static final String LINK_BY_USERNAME = "majlis.oidc.link-by-username";

    private static final Logger log = LoggerFactory.getLogger(AccountLinks.class);

    private final ParticipantRepository participants;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final boolean linkByUsername;

    AccountLinks(ParticipantRepository participants, CurrentUser currentUser, Clock clock,
                 @Value("${" + LINK_BY_USERNAME + ":false}") boolean linkByUsername) {
        this.participants = participants;
        this.currentUser = currentUser;
        this.clock = clock;
        this.linkByUsername = linkByUsername;
        if (linkByUsername) {
            log.warn("{}=true: a first Keycloak sign-in also links to the participant with the same username."
                    + " Only safe on a realm without self-registration where usernames cannot be edited.",
                    LINK_BY_USERNAME);
        }
    }

    /**
     * Tries again to link the signed-in account (after the secretariat registered the person while they were
     * signed in). Returns whether the account is now linked.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public boolean linkCurrentUser() {
        var identity = currentUser.require();
        return !identity.singleSignOn() || link(identity).isPresent();
    }

    /**
     * Signed in through the identity provider but not a participant of this meeting (and not the secretariat):
     * such a person sees the "not registered" page instead of the meeting.
     */
    public boolean currentUserUnregistered() {
        var identity = currentUser.get();
        if (identity.isEmpty() || identity.get().subject() == null || identity.get().admin()) {
            return false;
        }
        return participants.findByAccountSubject(identity.get().subject()).isEmpty();
    }

    /**
     * Links the account of a sign-in through the identity provider and returns the participant's id; empty when
     * there is nobody to link it to. Called at every such sign-in ({@link SignInListener}).
     */
    @Transactional
    Optional<Long> link(UserIdentity identity) {
        var subject = identity.subject();
        if (subject == null) {
            return Optional.empty();
        }
        var linked = participants.findByAccountSubject(subject);
        if (linked.isPresent()) {
            return Optional.of(linked.get().getId());
        }
        var candidate = candidateFor(identity);
        if (candidate.isEmpty()) {
            log.info("Account {} <{}> signed in but is not registered as a participant", identity.username(),
                    identity.email());
            return Optional.empty();
        }
        var participant = candidate.get();
        if (participant.getAccountSubject() != null) {
            log.warn("Account {} matches participant {}, which is already linked to another account;"
                    + " the secretariat must unlink it first", identity.username(), participant.getId());
            return Optional.empty();
        }
        participant.linkAccount(subject, Instant.now(clock));
        participants.saveAndFlush(participant);
        log.info("Linked account {} to participant {}", identity.username(), participant.getId());
        return Optional.of(participant.getId());
    }

    /** The same verified email; then, only where the setting allows it, the same username. */
    private Optional<Participant> candidateFor(UserIdentity identity) {
        if (identity.email() != null && identity.emailVerified()) {
            var byEmail = participants.findByEmail(identity.email().strip().toLowerCase(Locale.ROOT));
            if (byEmail.isPresent()) {
                return byEmail;
            }
        }
        return linkByUsername ? participants.findByUsername(identity.username()) : Optional.empty();
    }
}
