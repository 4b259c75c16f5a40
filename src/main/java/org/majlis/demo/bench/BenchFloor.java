package org.majlis.demo.bench;

import org.jspecify.annotations.Nullable;
import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaItemStatus;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.LocalizedText;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorRequestStatus;
import org.majlis.floor.FloorService;
import org.majlis.meetings.RoomService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Puts the bench room's floor into a known state before a run, through the real services as the people who would
 * click (the chair, the delegate who asks, the secretariat to reopen a closed room; {@link RunAs}), so that every
 * change commits and is broadcast to the room exactly as after a click. Reads the floor back straight from the
 * database, so that a burst is checked against what was stored, not against what a view shows.
 */
@Component
@ConditionalOnProperty(name = BenchSettings.ENABLED, havingValue = "true")
class BenchFloor {

    /** Why the bench reopens a closed room (kept in the room's history). */
    static final String REOPEN_REASON = "Bench run";
    static final LocalizedText ITEM_TITLE = LocalizedText.of("Bench item", "Point du banc d'essai",
            "بند الاختبار");
    private static final int ITEM_MINUTES = 60;

    /**
     * The chair's order of the speakers' list, as the floor's queue policy keeps it: points of order first, then
     * the queue key (the arrival order unless the chair moved a request).
     */
    private static final Comparator<OpenRequest> QUEUE_ORDER = Comparator
            .comparing((OpenRequest r) -> r.kind() != FloorKind.POINT_OF_ORDER)
            .thenComparingLong(OpenRequest::queueKey);

    private final AgendaService agenda;
    private final FloorService floor;
    private final RoomService rooms;
    private final RunAs runAs;
    private final JdbcTemplate jdbc;

    BenchFloor(AgendaService agenda, FloorService floor, RoomService rooms, RunAs runAs, JdbcTemplate jdbc) {
        this.agenda = agenda;
        this.floor = floor;
        this.rooms = rooms;
        this.runAs = runAs;
        this.jdbc = jdbc;
    }

    /**
     * The room open, an item current, its floor cleared, then one speaker: the bench's speaker asks for the floor
     * and the chair gives it. Optionally the room's page is made as heavy as the memory target says (an
     * agenda of {@code agendaItems} items, {@code queue} bench delegates waiting after the speaker); 0 leaves the
     * agenda as it is and the queue empty.
     */
    Prepared prepare(BenchRoom room, int agendaItems, int queue) {
        var itemId = clearFloor(room);
        addAgendaItems(room, agendaItems);
        var request = ask(room.speaker(), room, itemId);
        var granted = runAs.user(room.chair(), () -> floor.grant(room.roomId(), request, null));
        var timer = Objects.requireNonNull(granted.timer(), "a granted request has a timer");
        // the delegates after the speaker (the first one) wait in the queue, in that order
        room.delegates().stream().skip(1).limit(queue).forEach(delegate -> ask(delegate, room, itemId));
        return new Prepared(itemId, granted.id(), timer.deadline().toEpochMilli());
    }

    /** The delegate asks for the floor for their organisation, as their click would; returns the request's id. */
    private long ask(String delegate, BenchRoom room, long itemId) {
        var organisationId = jdbc.queryForObject("SELECT organisation_id FROM participant WHERE username = ?",
                Long.class, delegate);
        return runAs.user(delegate, () -> floor.requestFloor(room.roomId(), itemId,
                Objects.requireNonNull(organisationId, delegate + " speaks for no organisation"),
                FloorKind.STATEMENT)).id();
    }

    /** Pending items at the end of the agenda (as the chair) until it has at least that many. */
    private void addAgendaItems(BenchRoom room, int atLeast) {
        runAs.user(room.chair(), () -> {
            for (var n = agenda.overview(room.roomId()).items().size() + 1; n <= atLeast; n++) {
                agenda.create(room.roomId(), new AgendaItemData(LocalizedText.of("Bench item " + n,
                        "Point du banc d'essai " + n, "بند الاختبار " + n), LocalizedText.empty(), ITEM_MINUTES,
                        SpeakingLimits.none()));
            }
        });
    }

    /**
     * The room open and an item current, with no speaker and an empty queue: the speaker's intervention ends (as
     * the chair), waiting requests are withdrawn (each by the delegate who made it). Returns the current item.
     */
    long clearFloor(BenchRoom room) {
        openRoom(room);
        var item = currentItem(room);
        for (var request : openRequests(item.id())) {
            if (request.status() == FloorRequestStatus.SPEAKING) {
                runAs.user(room.chair(), () -> floor.endIntervention(room.roomId(), request.id()));
            } else {
                runAs.user(request.username(), () -> floor.withdraw(room.roomId(), request.id()));
            }
        }
        return item.id();
    }

    /** The current item's floor as stored: the speaker, the queue in the chair's order, and how many requests. */
    FloorSnapshot snapshot(BenchRoom room) {
        var itemId = currentItemId(room.roomId());
        if (itemId == null) {
            return new FloorSnapshot(null, null, List.of(), 0);
        }
        var requests = openRequests(itemId);
        var speaker = requests.stream().filter(r -> r.status() == FloorRequestStatus.SPEAKING).findFirst()
                .map(OpenRequest::id).orElse(null);
        var queue = requests.stream().filter(r -> r.status() == FloorRequestStatus.WAITING)
                .sorted(QUEUE_ORDER)
                .map(r -> new FloorSnapshot.Waiting(r.id(), r.username(), r.requestedAt()))
                .toList();
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM floor_request WHERE agenda_item_id = ?", Integer.class,
                itemId);
        return new FloorSnapshot(itemId, speaker, queue, count == null ? 0 : count);
    }

    /** The room's open item straight from the database, or null. */
    @Nullable Long currentItemId(long roomId) {
        var ids = jdbc.queryForList("SELECT id FROM agenda_item WHERE room_id = ? AND status = ?", Long.class,
                roomId, AgendaItemStatus.OPEN.name());
        return ids.isEmpty() ? null : ids.getFirst();
    }

    private void openRoom(BenchRoom room) {
        var summary = runAs.user(room.chair(), () -> rooms.details(room.roomId())).room();
        if (!summary.open()) {
            runAs.user(adminUsername(), () -> rooms.reopen(room.roomId(), summary.version(), REOPEN_REASON));
        }
    }

    /** The current item; if none is open, the first pending one opens, else a deferred or closed one reopens. */
    private AgendaItemSummary currentItem(BenchRoom room) {
        return runAs.user(room.chair(), () -> {
            var overview = agenda.overview(room.roomId());
            if (overview.current() != null) {
                return overview.current();
            }
            var pending = overview.items().stream().filter(i -> i.status() == AgendaItemStatus.PENDING).findFirst();
            if (pending.isPresent()) {
                return agenda.open(room.roomId(), pending.get().id());
            }
            var earlier = overview.items().stream().findFirst();
            if (earlier.isPresent()) {
                return agenda.reopen(room.roomId(), earlier.get().id());
            }
            var created = agenda.create(room.roomId(), new AgendaItemData(ITEM_TITLE, LocalizedText.empty(),
                    ITEM_MINUTES, SpeakingLimits.none()));
            return agenda.open(room.roomId(), created.id());
        });
    }

    private String adminUsername() {
        return jdbc.queryForObject("SELECT username FROM local_account WHERE is_admin AND enabled ORDER BY id LIMIT 1",
                String.class);
    }

    private List<OpenRequest> openRequests(long itemId) {
        return jdbc.query("SELECT r.id, r.kind, r.status, r.queue_key, r.requested_at, p.username"
                        + " FROM floor_request r JOIN participant p ON p.id = r.participant_id"
                        + " WHERE r.agenda_item_id = ? AND r.status IN (?, ?) ORDER BY r.id",
                (rs, row) -> {
                    var queueKey = rs.getObject("queue_key", Long.class);
                    return new OpenRequest(rs.getLong("id"), FloorKind.valueOf(rs.getString("kind")),
                            FloorRequestStatus.valueOf(rs.getString("status")),
                            queueKey != null ? queueKey : rs.getLong("id"),
                            // stored in UTC (hibernate.jdbc.time_zone), read without the JVM's time zone
                            rs.getObject("requested_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                            rs.getString("username"));
                },
                itemId, FloorRequestStatus.WAITING.name(), FloorRequestStatus.SPEAKING.name());
    }

    private record OpenRequest(long id, FloorKind kind, FloorRequestStatus status, long queueKey,
                               Instant requestedAt, String username) {
    }

    /** What {@code POST /bench/prepare} answers. */
    record Prepared(long itemId, long speakerRequestId, long deadlineEpochMs) {
    }

    /** What {@code GET /bench/floor} answers. */
    record FloorSnapshot(@Nullable Long itemId, @Nullable Long speakerRequestId, List<Waiting> queue, int requests) {

        FloorSnapshot {
            queue = List.copyOf(queue);
        }

        record Waiting(long id, String username, Instant requestedAt) {
        }
    }
}
