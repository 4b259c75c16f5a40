package org.majlis.floor.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface FloorRequestRepository extends JpaRepository<FloorRequest, Long> {

    @Query("select r from FloorRequest r where r.itemId = :itemId order by r.id")
    List<FloorRequest> findByItem(long itemId);

    @Query("select r from FloorRequest r where r.roomId = :roomId order by r.id")
    List<FloorRequest> findByRoom(long roomId);

    @Query("select count(r) from FloorRequest r where r.participantId = :participantId")
    long countByParticipant(long participantId);

    @Query("select count(r) from FloorRequest r where r.organisationId = :organisationId")
    long countByOrganisation(long organisationId);

    @Query("select r.itemId from FloorRequest r where r.id = :requestId and r.roomId = :roomId")
    Optional<Long> findItemOf(long requestId, long roomId);

    @Query("select r.participantId from FloorRequest r where r.id = :requestId and r.roomId = :roomId")
    Optional<Long> findParticipantOf(long requestId, long roomId);

    /**
     * Takes the item's speakers-list lock for the rest of the transaction (creating its row on first use): every
     * change to one item's floor happens one after the other. An insert that finds the row takes its exclusive
     * lock at once, so there is no shared-then-exclusive upgrade that could deadlock.
     */
    @Modifying(flushAutomatically = true)
    @NativeQuery("INSERT INTO speakers_list (agenda_item_id, room_id) VALUES (:itemId, :roomId)"
            + " ON DUPLICATE KEY UPDATE room_id = room_id")
    void lockItem(long itemId, long roomId);
}
