package org.majlis.floor.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface SpeakerOrderChangeRepository extends JpaRepository<SpeakerOrderChange, Long> {

    /** The room's latest switch: its order now. */
    Optional<SpeakerOrderChange> findFirstByRoomIdOrderByIdDesc(long roomId);

    @Query("select c from SpeakerOrderChange c where c.roomId = :roomId order by c.id")
    List<SpeakerOrderChange> findByRoom(long roomId);
}
