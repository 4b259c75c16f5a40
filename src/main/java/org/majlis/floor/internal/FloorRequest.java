package org.majlis.floor.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.majlis.base.InvalidInputException;
import org.majlis.base.LocalizedText;
import org.majlis.floor.FloorEvent;
import org.majlis.floor.FloorEvent.FloorGranted;
import org.majlis.floor.FloorEvent.FloorRequestLapsed;
import org.majlis.floor.FloorEvent.InterventionPaused;
import org.majlis.floor.FloorEvent.InterventionResumed;
import org.majlis.floor.FloorEvent.FloorRequestRefused;
import org.majlis.floor.FloorEvent.FloorRequestWithdrawn;
import org.majlis.floor.FloorEvent.InterventionEnded;
import org.majlis.floor.FloorEvent.SpeakingTimeAdded;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorRequestStatus;
import org.majlis.floor.FloorRequestSummary;
import org.majlis.floor.ReplyTo;
import org.majlis.floor.SpeakingTimer;
import org.majlis.meetings.DelegationRank;
import org.majlis.meetings.OrganisationFamily;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A delegate's request for the floor on one agenda item; once granted it also carries the intervention (start,
 * limit, added time, end). Every change is a guarded verb that refuses an illegal transition with a translated
 * message and records a past-tense event; nothing is ever deleted.
 */
@Entity
@Table(name = "floor_request")
public class FloorRequest {

    /** The most time a chair can add in one click. */
    public static final int MAX_ADDED_SECONDS = 30 * 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long roomId;

    @Column(name = "agenda_item_id")
    private long itemId;

    private long participantId;

    private String speakerName;

    private long organisationId;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "organisation_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "organisation_fr"))
    @AttributeOverride(name = "ar", column = @Column(name = "organisation_ar"))
    private LocalizedText organisation;

    @Enumerated(EnumType.STRING)
    private FloorKind kind;

    @Enumerated(EnumType.STRING)
    private FloorRequestStatus status = FloorRequestStatus.WAITING;

    @Nullable
    private Long queueKey;

    private Instant requestedAt;

    @Nullable
    private Instant decidedAt;

    @Nullable
    private String refusalReason;

    @Nullable
    private Instant startedAt;

    @Nullable
    private Instant endedAt;

    @Nullable
    private Integer limitSeconds;

    private int addedSeconds;

    @Nullable
    private Instant pausedAt;

    private long pausedMillis;

    /** The organisation's protocol precedence in the room when the speaker asked (lower first). */
    private int precedence = OrganisationFamily.OTHER.defaultPrecedence();

    /** The speaker's rank in their delegation when they asked. */
    @Enumerated(EnumType.STRING)
    @Column(name = "delegation_rank")
    private DelegationRank rank = DelegationRank.EXPERT;

    /** The intervention this right of reply or question answers (same item), if any. */
    @Nullable
    @Column(name = "replies_to")
    private Long repliesTo;

    @Transient
    private final List<FloorEvent> events = new ArrayList<>();

    protected FloorRequest() {
    }

    public FloorRequest(long roomId, long itemId, long participantId, String speakerName, long organisationId,
                        LocalizedText organisation, FloorKind kind, Instant requestedAt) {
        this.roomId = roomId;
        this.itemId = itemId;
        this.participantId = participantId;
        this.speakerName = speakerName;
        this.organisationId = organisationId;
        this.organisation = organisation;
        this.kind = kind;
        this.requestedAt = requestedAt;
    }

    /** The speaker's place in protocol order, as it is when they ask: kept for the whole item. */
    public void takeProtocolPlace(int precedence, DelegationRank rank) {
        this.precedence = precedence;
        this.rank = rank;
    }

    /**
     * Names the intervention this request answers: only a right of reply or a question answers a speech, and only the
     * current speaker's or a recent one's on the same item ({@link QueuePolicy#answerable}).
     */
    public void answer(FloorRequest intervention, Collection<FloorRequest> itemRequests) {
        if (kind != FloorKind.RIGHT_OF_REPLY && kind != FloorKind.QUESTION) {
            throw new InvalidInputException("repliesTo", "floor.error.reply-kind");
        }
        if (intervention.itemId != itemId || intervention.roomId != roomId
                || !QueuePolicy.answerable(itemRequests).contains(intervention)) {
            throw new InvalidInputException("repliesTo", "floor.error.reply-target");
        }
        repliesTo = intervention.getId();
    }

    /** The delegate takes back a request before being called. */
    public void withdraw(Instant now) {
        require(status == FloorRequestStatus.WAITING, "floor.error.withdraw-not-waiting");
        status = FloorRequestStatus.WITHDRAWN;
        decidedAt = now;
        events.add(new FloorRequestWithdrawn(roomId, itemId, id));
    }

    /** The chair refuses a waiting request; the delegate sees the reason. */
    public void refuse(String reason, Instant now) {
        require(status == FloorRequestStatus.WAITING, "floor.error.refuse-not-waiting");
        status = FloorRequestStatus.REFUSED;
        refusalReason = reason.strip();
        decidedAt = now;
        events.add(new FloorRequestRefused(roomId, itemId, id));
    }

    /** The chair gives the floor: the intervention starts now with this speaking-time limit. */
    public void grantFloor(Instant now, int limit) {
        require(status == FloorRequestStatus.WAITING, "floor.error.grant-not-waiting");
        status = FloorRequestStatus.SPEAKING;
        decidedAt = now;
        startedAt = now;
        limitSeconds = limit;
        events.add(new FloorGranted(roomId, itemId, id));
    }

    /** The intervention ends (the chair's click, the next speaker, or the item closing). */
    public void endIntervention(Instant now) {
        require(status == FloorRequestStatus.SPEAKING, "floor.error.not-speaking");
        status = FloorRequestStatus.SPOKE;
        endPause(now); // a pause running at the end is not time spoken
        endedAt = now;
        events.add(new InterventionEnded(roomId, itemId, id));
    }

    /** The chair gives the speaker more time. */
    public void addTime(int seconds) {
        require(status == FloorRequestStatus.SPEAKING, "floor.error.not-speaking");
        if (seconds <= 0 || addedSeconds + seconds > MAX_ADDED_SECONDS) {
            throw new InvalidInputException("seconds", "floor.error.add-time-range", MAX_ADDED_SECONDS / 60);
        }
        addedSeconds += seconds;
        events.add(new SpeakingTimeAdded(roomId, itemId, id, seconds));
    }

    /** The chair stops the speaker's clock for everyone (a point of order, an interpreter's request). */
    public void pause(Instant now) {
        require(status == FloorRequestStatus.SPEAKING, "floor.error.not-speaking");
        require(pausedAt == null, "floor.error.already-paused");
        pausedAt = now;
        events.add(new InterventionPaused(roomId, itemId, id));
    }

    /** The chair starts the clock again: the speaker goes on with the time that was left. */
    public void resume(Instant now) {
        require(status == FloorRequestStatus.SPEAKING, "floor.error.not-speaking");
        require(pausedAt != null, "floor.error.not-paused");
        endPause(now);
        events.add(new InterventionResumed(roomId, itemId, id));
    }

    private void endPause(Instant now) {
        if (pausedAt != null) {
            pausedMillis += Math.max(0, java.time.Duration.between(pausedAt, now).toMillis());
            pausedAt = null;
        }
    }

    /** The item closed before the delegate was called. */
    public void lapse(Instant now) {
        require(status == FloorRequestStatus.WAITING, "floor.error.lapse-not-waiting");
        status = FloorRequestStatus.LAPSED;
        decidedAt = now;
        events.add(new FloorRequestLapsed(roomId, itemId, id));
    }

    private static void require(boolean condition, String messageKey) {
        if (!condition) {
            throw new InvalidInputException("status", messageKey);
        }
    }

    /** The key the queue is sorted by: the chair's order if they reordered, else the arrival sequence. */
    public long queueKey() {
        return queueKey != null ? queueKey : id;
    }

    void setQueueKey(long key) {
        this.queueKey = key;
    }

    public @Nullable SpeakingTimer timer() {
        return startedAt == null || limitSeconds == null ? null
                : new SpeakingTimer(startedAt, limitSeconds, addedSeconds, endedAt, pausedAt, pausedMillis);
    }

    /** The events recorded since the last call, for the service to publish after saving. */
    public List<FloorEvent> pullEvents() {
        var pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public FloorRequestSummary toSummary(int position, boolean hasStatement) {
        return toSummary(position, hasStatement, null);
    }

    /** The request as the room sees it; {@code answered} is the intervention it replies to, when known. */
    public FloorRequestSummary toSummary(int position, boolean hasStatement, @Nullable FloorRequest answered) {
        var reply = answered == null || repliesTo == null || !repliesTo.equals(answered.getId()) ? null
                : new ReplyTo(answered.getId(), answered.speakerName, answered.getOrganisation());
        return new FloorRequestSummary(id, version, roomId, itemId, participantId, speakerName, organisationId,
                getOrganisation(), kind, status, position, requestedAt, decidedAt, refusalReason, timer(),
                hasStatement, reply, precedence, getRank());
    }

    private LocalizedText getOrganisation() {
        return organisation == null ? LocalizedText.empty() : organisation;
    }

    public @Nullable Long getRepliesTo() {
        return repliesTo;
    }

    public int getPrecedence() {
        return precedence;
    }

    public DelegationRank getRank() {
        return rank == null ? DelegationRank.EXPERT : rank;
    }

    public @Nullable Instant getEndedAt() {
        return endedAt;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getRoomId() {
        return roomId;
    }

    public long getItemId() {
        return itemId;
    }

    public long getParticipantId() {
        return participantId;
    }

    public FloorKind getKind() {
        return kind;
    }

    public FloorRequestStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }
}
