package org.majlis.meetings.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface RoomStatusChangeRepository extends JpaRepository<RoomStatusChange, Long> {

    /** The room's history, newest first. */
    @Query("select c from RoomStatusChange c where c.roomId = :roomId order by c.id desc")
    List<RoomStatusChange> findByRoom(long roomId);

    Optional<RoomStatusChange> findFirstByRoomIdOrderByIdDesc(long roomId);
}
