package org.majlis.meetings.internal;

import org.majlis.meetings.RoomRole;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    @Query("select a from Assignment a join fetch a.room r where a.participant.id = :participantId"
            + " and r.edition.id = :editionId order by r.position")
    List<Assignment> findByParticipantAndEdition(long participantId, long editionId);

    @Query("select a from Assignment a join fetch a.participant p left join fetch p.organisation"
            + " where a.room.id = :roomId order by a.role, p.fullName")
    List<Assignment> findByRoom(long roomId);

    @Query("select a from Assignment a join fetch a.participant p left join fetch p.organisation"
            + " where a.room.id = :roomId and a.role = :role order by p.fullName, p.id")
    List<Assignment> findByRoomAndRole(long roomId, RoomRole role, Pageable page);

    @Query("select a.role as role, count(a) as members from Assignment a where a.room.id = :roomId group by a.role")
    List<RoleCount> countByRole(long roomId);

    interface RoleCount {
        RoomRole getRole();

        long getMembers();
    }

    @Query("select distinct p.organisation.id from Assignment a join a.participant p"
            + " where a.room.id = :roomId and a.role = :role and p.organisation is not null")
    List<Long> findOrganisationIds(long roomId, RoomRole role);

    @Query("select a.room.id from Assignment a where a.participant.id = :participantId")
    List<Long> findAllRoomIdsOf(long participantId);

    @Query("select a.role from Assignment a where a.room.id = :roomId and a.participant.id = :participantId")
    List<RoomRole> findRole(long roomId, long participantId);

    @Query("select a from Assignment a join fetch a.room r where a.participant.id = :participantId"
            + " and r.edition.id = :editionId")
    List<Assignment> findRoomsOf(long participantId, long editionId);
}
