package org.majlis.audit.internal;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.jspecify.annotations.Nullable;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The entries of one Hibernate session's transaction. They are written when the transaction commits, after
 * Hibernate's last flush and on the same connection, in one batched insert (Hibernate's before-completion callback,
 * as Envers does): a change that rolls back leaves no entry, and an entry that cannot be written rolls the change
 * back. Never a transaction of its own.
 */
final class TransactionEntries implements TransactionCompletionCallbacks.BeforeCompletionCallback,
        TransactionCompletionCallbacks.AfterCompletionCallback {

    private static final String INSERT = "INSERT INTO audit_entry (at, actor_username, actor_name, actor_kind,"
            + " record_kind, record_id, action, edition_id, room_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** One per open session with changes; removed when its transaction ends (committed or not). */
    private static final Map<SharedSessionContractImplementor, TransactionEntries> OPEN =
            Collections.synchronizedMap(new IdentityHashMap<>());

    /** A room's edition never changes: looked up once per room and kept, per session factory (database). */
    private static final Map<Object, Map<Long, Long>> EDITION_OF_ROOM = new ConcurrentHashMap<>();

    private final List<PendingEntry> entries = new ArrayList<>();

    private TransactionEntries() {
    }

    /** Adds an entry to the session's transaction, registering the write on its first entry. */
    static void add(SharedSessionContractImplementor session, PendingEntry entry) {
        if (!session.isTransactionInProgress()) {
            // no transaction to wait for (the application always writes in one; kept for safety): write it now
            var editions = EDITION_OF_ROOM.computeIfAbsent(session.getFactory(), f -> new ConcurrentHashMap<>());
            session.doWork(connection -> write(connection, List.of(entry), editions));
            return;
        }
        var pending = OPEN.computeIfAbsent(session, s -> {
            var created = new TransactionEntries();
            s.getTransactionCompletionCallbacks().registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) created);
            s.getTransactionCompletionCallbacks().registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) created);
            return created;
        });
        synchronized (pending) {
            pending.entries.add(entry);
        }
    }

    @Override
    public void doBeforeTransactionCompletion(SharedSessionContractImplementor session) {
        OPEN.remove(session);
        List<PendingEntry> toWrite;
        synchronized (this) {
            toWrite = List.copyOf(entries);
            entries.clear();
        }
        if (!toWrite.isEmpty()) {
            var editions = EDITION_OF_ROOM.computeIfAbsent(session.getFactory(), f -> new ConcurrentHashMap<>());
            session.doWork(connection -> write(connection, toWrite, editions));
        }
    }

    @Override
    public void doAfterTransactionCompletion(boolean success, SharedSessionContractImplementor session) {
        OPEN.remove(session); // a rolled-back transaction: its entries go with it
    }

    private static void write(Connection connection, List<PendingEntry> entries, Map<Long, Long> known)
            throws SQLException {
        var editions = editionsOf(connection, entries, known);
        try (var insert = connection.prepareStatement(INSERT)) {
            for (var entry : entries) {
                var edition = entry.editionId() != null ? entry.editionId()
                        : entry.roomId() == null ? null : editions.get(entry.roomId());
                insert.setObject(1, entry.at().atOffset(ZoneOffset.UTC).toLocalDateTime());
                insert.setString(2, clip(entry.actor().username(), 150));
                insert.setString(3, clip(entry.actor().displayName(), 200));
                insert.setString(4, entry.actor().kind().name());
                insert.setString(5, entry.kind().name());
                setLong(insert, 6, entry.recordId());
                insert.setString(7, entry.action());
                setLong(insert, 8, edition);
                setLong(insert, 9, entry.roomId());
                insert.setString(10, clip(entry.detail(), 1000));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The edition of every room the entries name, from the cache or in one query for the rooms not yet seen. */
    private static Map<Long, Long> editionsOf(Connection connection, List<PendingEntry> entries,
                                              Map<Long, Long> known) throws SQLException {
        var unknown = new HashSet<Long>();
        for (var entry : entries) {
            if (entry.editionId() == null && entry.roomId() != null && !known.containsKey(entry.roomId())) {
                unknown.add(entry.roomId());
            }
        }
        if (!unknown.isEmpty()) {
            var marks = String.join(",", Collections.nCopies(unknown.size(), "?"));
            try (var query = connection.prepareStatement("SELECT id, edition_id FROM room WHERE id IN (" + marks + ")")) {
                var index = 1;
                for (var room : unknown) {
                    query.setLong(index++, room);
                }
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        known.put(rows.getLong(1), rows.getLong(2));
                    }
                }
            }
        }
        return known;
    }

    private static void setLong(java.sql.PreparedStatement statement, int index, @Nullable Long value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, java.sql.Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
