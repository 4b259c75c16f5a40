package org.majlis.floor;

import org.majlis.base.NotFoundException;
import org.majlis.base.StoredTime;
import org.majlis.floor.internal.ScreenLink;
import org.majlis.floor.internal.ScreenLinkRepository;
import org.majlis.floor.internal.ScreenLinkSecrets;
import org.majlis.meetings.CurrentParticipant;
import org.majlis.meetings.RoomAccess;
import org.majlis.security.CurrentUser;
import org.majlis.security.UserIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The room's big screen, for the projector (ADR 0048). A chair of the room or the secretariat makes a link for it,
 * sees the room's links that still work and revokes one; the screen itself has no account and reads the room only
 * through {@link #show} with its link's secret — the one way in, and the security boundary: it answers with the
 * public part of the floor ({@link BigScreen}) of the link's own room, or nothing at all for a secret that is unknown,
 * malformed or revoked. Only the secret's SHA-256 is stored; the log names a link by its id, never by its secret.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class BigScreenService {

    /** A screen that keeps showing the room records its use at most this often (one write, not one per change). */
    static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(BigScreenService.class);

    private final ScreenLinkRepository links;
    private final RoomFloors floors;
    private final RoomAccess roomAccess;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BigScreenService(ScreenLinkRepository links, RoomFloors floors, RoomAccess roomAccess, CurrentUser currentUser,
                     ApplicationEventPublisher events, Clock clock) {
        this.links = links;
        this.floors = floors;
        this.roomAccess = roomAccess;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A new link to the room's big screen. The answer holds the secret: show it once, it cannot be read again. Like
     * every change to a room, refused in a read-only room except to the secretariat.
     */
    @Transactional
    @PreAuthorize("@roomAccess.mayChair(#roomId)")
    public IssuedScreenLink create(long roomId) {
        roomAccess.requireWritable(roomId);
        var token = ScreenLinkSecrets.newToken();
        var actor = actor();
        var stored = links.saveAndFlush(new ScreenLink(roomId, ScreenLinkSecrets.shownPart(token),
                ScreenLinkSecrets.hash(token), StoredTime.now(clock), actor));
        log.info("Big-screen link {} of room {} made by {}", stored.getId(), roomId, actor);
        return new IssuedScreenLink(stored.toSummary(), token);
    }

    /** The room's links that still work, newest first. */
    @PreAuthorize("@roomAccess.mayChair(#roomId)")
    public List<ScreenLinkSummary> links(long roomId) {
        return links.findByRoomIdAndRevokedAtIsNullOrderByCreatedAtDescIdDesc(roomId).stream()
                .map(ScreenLink::toSummary).toList();
    }

    /**
     * Revokes one of the room's links: from now on it opens nothing, and a screen open on it stops showing the room at
     * once (every screen of the room hears {@link ScreenLinkRevoked} and checks its link again). Final; revoking it
     * again changes nothing. Another room's link is not found.
     */
    @Transactional
    @PreAuthorize("@roomAccess.mayChair(#roomId)")
    public ScreenLinkSummary revoke(long roomId, long linkId) {
        roomAccess.requireWritable(roomId);
        var link = links.findByIdAndRoomId(linkId, roomId)
                .orElseThrow(() -> new NotFoundException("Big-screen link", linkId));
        if (!link.isRevoked()) {
            var actor = actor();
            link.revoke(StoredTime.now(clock), actor);
            links.saveAndFlush(link);
            events.publishEvent(new ScreenLinkRevoked(roomId, linkId));
            log.info("Big-screen link {} of room {} revoked by {}", linkId, roomId, actor);
        }
        return link.toSummary();
    }

    /**
     * What the big screen opened with this secret shows now: the public part of its room's floor, including every
     * change committed so far (read from the room's shared floor, no database load per screen and change). Empty for
     * a secret that is malformed, unknown or revoked — the page then shows nothing of any room. Open to anyone: the
     * secret is the permission. Records, at most once a minute, that the link was used.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public Optional<BigScreen> show(String token) {
        if (token == null || !ScreenLinkSecrets.wellFormed(token)) {
            return Optional.empty();
        }
        var link = links.findByTokenHash(ScreenLinkSecrets.hash(token)).filter(found -> !found.isRevoked());
        if (link.isEmpty()) {
            return Optional.empty();
        }
        var now = StoredTime.now(clock);
        links.recordUse(link.get().getId(), now, now.minus(USE_RECORDED_EVERY));
        return Optional.of(BigScreen.of(floors.current(link.get().getRoomId()), now));
    }

    private String actor() {
        return roomAccess.currentParticipant().map(CurrentParticipant::fullName)
                .or(() -> currentUser.get().map(UserIdentity::username)).orElse("?");
    }
}
