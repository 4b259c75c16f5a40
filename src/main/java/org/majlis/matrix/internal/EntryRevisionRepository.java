package org.majlis.matrix.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface EntryRevisionRepository extends JpaRepository<EntryRevision, Long> {

    @Query("select r from EntryRevision r where r.entryId = :entryId order by r.number")
    List<EntryRevision> findByEntry(long entryId);

    @Query("select r from EntryRevision r where r.entryId = :entryId and r.number = :number")
    Optional<EntryRevision> findByEntryAndNumber(long entryId, int number);

    /** The revision the entry was at when it had this version (the last one made at or before it). */
    @Query("select r from EntryRevision r where r.entryId = :entryId and r.entryVersion <= :version"
            + " order by r.number desc limit 1")
    Optional<EntryRevision> findAtVersion(long entryId, long version);
}
