package org.majlis.meetings.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface RoomRepository extends JpaRepository<Room, Long> {

    @Query("select r from Room r join fetch r.edition where r.edition.id = :editionId order by r.position, r.id")
    List<Room> findByEdition(long editionId);

    @Query("select count(r) from Room r where r.edition.id = :editionId")
    int countByEdition(long editionId);

    @Query("select coalesce(max(r.position), -1) from Room r where r.edition.id = :editionId")
    int maxPosition(long editionId);
}
