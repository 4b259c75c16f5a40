package org.majlis.demo.bench;

import org.jspecify.annotations.Nullable;
import org.majlis.meetings.OrganisationFamily;
import org.majlis.meetings.RoomKind;
import org.majlis.meetings.RoomRole;
import org.majlis.security.LocalAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Creates the bench participants once the demo data is in place ({@link ApplicationReadyEvent} comes after the demo
 * seeder has run): {@code majlis.bench.observers} observers and {@code majlis.bench.delegates} delegates of the bench
 * room, each with a local account (password {@code demo}). Delegates speak for the organisations in turn (all of
 * them, by id), observers for the member states in turn, as the demo's observers do. A restart on the same data
 * folder creates only those still missing.
 * <p>
 * Thousands of rows must take seconds: they are written with JDBC batches (not one service call and transaction
 * per person, which also checks and hashes each one), in one transaction. Until they are written the bench's
 * endpoints answer 503 ({@link #room()} is empty).
 */
@Component
@ConditionalOnProperty(name = BenchSettings.ENABLED, havingValue = "true")
class BenchParticipants {

    private static final Logger log = LoggerFactory.getLogger(BenchParticipants.class);

    /** The demo's bench room: the Economic and Scientific room of the 16th edition (Astana 2024). */
    static final int DEMO_EDITION = 16;
    static final RoomKind DEMO_ROOM_KIND = RoomKind.ECONOMIC_SCIENTIFIC;
    private static final int BATCH = 500;

    private final BenchSettings settings;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private volatile @Nullable BenchRoom room;

    BenchParticipants(BenchSettings settings, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** The bench room, once its participants exist. */
    Optional<BenchRoom> room() {
        return Optional.ofNullable(room);
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() {
        var started = System.nanoTime();
        var roomId = roomId();
        var created = transactions.execute(status -> createMissing(roomId));
        var chair = member(roomId, RoomRole.CHAIR).orElseThrow(() -> new IllegalStateException("The bench room "
                + roomId + " has no chair with a local account (the demo's rooms have)"));
        room = new BenchRoom(roomId, chair, BenchUsernames.observers(settings.observers()),
                BenchUsernames.delegates(settings.delegates()), member(roomId, RoomRole.DELEGATE).orElse(null));
        log.info("Bench on: room {} with {} bench observers and {} bench delegates ({} created now, in {} ms)",
                roomId, settings.observers(), settings.delegates(), created,
                (System.nanoTime() - started) / 1_000_000);
    }

    private long roomId() {
        var configured = settings.room();
        var ids = configured != null
                ? jdbc.queryForList("SELECT id FROM room WHERE id = ?", Long.class, configured)
                : jdbc.queryForList("SELECT r.id FROM room r JOIN edition e ON e.id = r.edition_id"
                + " WHERE e.number = ? AND r.kind = ? ORDER BY r.position, r.id LIMIT 1", Long.class,
                DEMO_EDITION, DEMO_ROOM_KIND.name());
        if (ids.isEmpty()) {
            throw new IllegalStateException(configured != null ? "majlis.bench.room: there is no room " + configured
                    : "The bench needs the demo's " + DEMO_ROOM_KIND + " room of edition " + DEMO_EDITION
                    + " (demo data in an empty data folder) or majlis.bench.room");
        }
        return ids.getFirst();
    }

    /** The room's first member in that role (by id) who can sign in with a local account and is not a bench one. */
    private Optional<String> member(long roomId, RoomRole role) {
        return jdbc.queryForList("SELECT p.username FROM room_assignment a"
                + " JOIN participant p ON p.id = a.participant_id JOIN local_account l ON l.username = p.username"
                + " WHERE a.room_id = ? AND a.role = ? AND p.username NOT LIKE 'bench.%' ORDER BY p.id LIMIT 1",
                String.class, roomId, role.name()).stream().findFirst();
    }

    private int createMissing(long roomId) {
        var existing = new HashSet<>(jdbc.queryForList(
                "SELECT username FROM participant WHERE username LIKE 'bench.%'", String.class));
        var all = jdbc.queryForList("SELECT id FROM organisation ORDER BY id", Long.class);
        var states = jdbc.queryForList("SELECT id FROM organisation WHERE family = ? ORDER BY id", Long.class,
                OrganisationFamily.MEMBER_STATE.name());
        var rows = new ArrayList<Object[]>();
        for (var i = 1; i <= settings.observers(); i++) {
            addIfMissing(rows, existing, BenchUsernames.observer(i), "Bench Observer " + i,
                    roundRobin(states.isEmpty() ? all : states, i));
        }
        for (var i = 1; i <= settings.delegates(); i++) {
            addIfMissing(rows, existing, BenchUsernames.delegate(i), "Bench Delegate " + i, roundRobin(all, i));
        }
        for (var from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate("INSERT INTO participant (full_name, email, organisation_id, position_title, username)"
                    + " VALUES (?, ?, ?, ?, ?)", rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
        assign(roomId, BenchUsernames.OBSERVER_PREFIX, RoomRole.OBSERVER);
        assign(roomId, BenchUsernames.DELEGATE_PREFIX, RoomRole.DELEGATE);
        // One hash for every bench account, made once with BCrypt's cheapest strength (4, about 1 ms) instead of
        // the application's 10 (about 70 ms each): a bench run signs in thousands of participants, and that must
        // measure Majlis, not bcrypt. The {bcrypt} prefix is what the DelegatingPasswordEncoder of LocalAccounts
        // reads. The accounts are demo accounts: they sign in in demo mode only, like every password "demo".
        var hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(LocalAccounts.DEMO_PASSWORD);
        jdbc.update("INSERT INTO local_account (username, password_hash, is_admin, enabled, demo)"
                + " SELECT p.username, ?, FALSE, TRUE, TRUE FROM participant p WHERE p.username LIKE 'bench.%'"
                + " AND NOT EXISTS (SELECT 1 FROM local_account l WHERE l.username = p.username)", hash);
        return rows.size();
    }

    private static void addIfMissing(List<Object[]> rows, HashSet<String> existing, String username, String name,
                                     @Nullable Long organisationId) {
        if (!existing.contains(username)) {
            rows.add(new Object[]{name, username + "@bench.majlis.example", organisationId, "Bench participant",
                    username});
        }
    }

    private static @Nullable Long roundRobin(List<Long> ids, int number) {
        return ids.isEmpty() ? null : ids.get((number - 1) % ids.size());
    }

    /** Gives every bench participant of that kind the role in the room, unless they already hold one there. */
    private void assign(long roomId, String prefix, RoomRole role) {
        jdbc.update("INSERT INTO room_assignment (participant_id, room_id, role)"
                + " SELECT p.id, ?, ? FROM participant p WHERE p.username LIKE ?"
                + " AND NOT EXISTS (SELECT 1 FROM room_assignment a WHERE a.participant_id = p.id AND a.room_id = ?)",
                roomId, role.name(), prefix + "%", roomId);
    }
}
