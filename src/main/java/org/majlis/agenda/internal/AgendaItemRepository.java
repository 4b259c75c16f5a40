package org.majlis.agenda.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.NativeQuery;

import java.util.List;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    @Query("select i from AgendaItem i where i.roomId = :roomId order by i.position, i.id")
    List<AgendaItem> findByRoom(long roomId);

    /**
     * Takes the room's agenda lock for the rest of the transaction (creating its row on first use), so that two
     * chairs changing the same agenda at once are served one after the other. An insert that finds the row
     * takes its exclusive lock at once (no shared-then-exclusive upgrade that could deadlock).
     */
    @Modifying(flushAutomatically = true)
    @NativeQuery("INSERT INTO agenda_lock (room_id) VALUES (:roomId) ON DUPLICATE KEY UPDATE room_id = room_id")
    void lockRoom(long roomId);
}
