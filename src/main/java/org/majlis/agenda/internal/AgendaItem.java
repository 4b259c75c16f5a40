package org.majlis.agenda.internal;

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
import org.majlis.agenda.AgendaEvent;
import org.majlis.agenda.AgendaEvent.AgendaItemChanged;
import org.majlis.agenda.AgendaEvent.AgendaItemClosed;
import org.majlis.agenda.AgendaEvent.AgendaItemDeferred;
import org.majlis.agenda.AgendaEvent.AgendaItemOpened;
import org.majlis.agenda.AgendaEvent.AgendaItemReopened;
import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaItemStatus;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.InvalidInputException;
import org.majlis.base.LocalizedText;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One item of a room's agenda. Its state changes only through the guarded verbs {@link #open}, {@link #close},
 * {@link #defer} and {@link #reopen}; each refuses an illegal transition with a translated message and records a
 * past-tense event. Whether another item of the room is open is the service's rule ({@link AgendaRules}).
 */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long roomId;

    private int position;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "title_fr"))
    @AttributeOverride(name = "ar", column = @Column(name = "title_ar"))
    private LocalizedText title;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "description_fr"))
    @AttributeOverride(name = "ar", column = @Column(name = "description_ar"))
    private LocalizedText description;

    private int plannedMinutes;

    @Nullable
    private Integer limitStatement;
    @Nullable
    private Integer limitRightOfReply;
    @Nullable
    private Integer limitPointOfOrder;
    @Nullable
    private Integer limitQuestion;

    @Enumerated(EnumType.STRING)
    private AgendaItemStatus status = AgendaItemStatus.PENDING;

    @Nullable
    private Instant firstOpenedAt;
    @Nullable
    private Instant openedAt;
    @Nullable
    private Instant closedAt;

    private long actualSeconds;

    @Transient
    private final List<AgendaEvent> events = new ArrayList<>();

    protected AgendaItem() {
    }

    public AgendaItem(long roomId, int position, AgendaItemData data) {
        this.roomId = roomId;
        this.position = position;
        apply(data);
    }

    /** Changes what the item says; its state and timing stay. */
    public void change(AgendaItemData data) {
        apply(data);
        registerChanged();
    }

    private void apply(AgendaItemData data) {
        this.title = data.title();
        this.description = data.description();
        this.plannedMinutes = Objects.requireNonNull(data.plannedMinutes());
        this.limitStatement = data.limits().statement();
        this.limitRightOfReply = data.limits().rightOfReply();
        this.limitPointOfOrder = data.limits().pointOfOrder();
        this.limitQuestion = data.limits().question();
    }

    /** Takes up a pending item: it becomes the current item. */
    public void open(Instant now) {
        require(status == AgendaItemStatus.PENDING, "agenda.error.open-not-pending");
        startPeriod(now);
        events.add(new AgendaItemOpened(roomId, id));
    }

    /** Ends the discussion of the current item. */
    public void close(Instant now) {
        require(status == AgendaItemStatus.OPEN, "agenda.error.close-not-open");
        endPeriod(now);
        status = AgendaItemStatus.CLOSED;
        closedAt = now;
        events.add(new AgendaItemClosed(roomId, id));
    }

    /** Puts a pending or the current item off to later. */
    public void defer(Instant now) {
        require(status == AgendaItemStatus.PENDING || status == AgendaItemStatus.OPEN, "agenda.error.defer");
        if (status == AgendaItemStatus.OPEN) {
            endPeriod(now);
        }
        status = AgendaItemStatus.DEFERRED;
        events.add(new AgendaItemDeferred(roomId, id));
    }

    /** Takes up a closed or deferred item again; its earlier time keeps counting. */
    public void reopen(Instant now) {
        require(status == AgendaItemStatus.CLOSED || status == AgendaItemStatus.DEFERRED, "agenda.error.reopen");
        closedAt = null;
        startPeriod(now);
        events.add(new AgendaItemReopened(roomId, id));
    }

    /** Only an item that was never taken up can be deleted; any other stays in the record (defer it instead). */
    public void ensureDeletable() {
        require(status == AgendaItemStatus.PENDING && firstOpenedAt == null, "agenda.error.delete-not-pending");
    }

    public void moveTo(int newPosition) {
        this.position = newPosition;
    }

    private void startPeriod(Instant now) {
        status = AgendaItemStatus.OPEN;
        openedAt = now;
        if (firstOpenedAt == null) {
            firstOpenedAt = now;
        }
    }

    private void endPeriod(Instant now) {
        if (openedAt != null) {
            actualSeconds += Math.max(0, Duration.between(openedAt, now).toSeconds());
        }
        openedAt = null;
    }

    private void registerChanged() {
        if (id != null) {
            events.add(new AgendaItemChanged(roomId, id));
        }
    }

    private static void require(boolean condition, String messageKey) {
        if (!condition) {
            throw new InvalidInputException("status", messageKey);
        }
    }

    /** Seconds the item has been open up to now: the finished periods plus the running one. */
    public long actualSeconds(Instant now) {
        var running = status == AgendaItemStatus.OPEN && openedAt != null
                ? Math.max(0, Duration.between(openedAt, now).toSeconds()) : 0;
        return actualSeconds + running;
    }

    /** The events recorded since the last call, for the service to publish. */
    public List<AgendaEvent> pullEvents() {
        var pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public AgendaItemSummary toSummary(int number, Instant now) {
        return new AgendaItemSummary(id, version, roomId, number, orEmpty(title), orEmpty(description),
                plannedMinutes, limits(), status, firstOpenedAt, openedAt, closedAt, actualSeconds(now), now);
    }

    public SpeakingLimits limits() {
        return new SpeakingLimits(limitStatement, limitRightOfReply, limitPointOfOrder, limitQuestion);
    }

    private static LocalizedText orEmpty(@Nullable LocalizedText text) {
        return text == null ? LocalizedText.empty() : text;
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

    public int getPosition() {
        return position;
    }

    public int getPlannedMinutes() {
        return plannedMinutes;
    }

    public AgendaItemStatus getStatus() {
        return status;
    }
}
