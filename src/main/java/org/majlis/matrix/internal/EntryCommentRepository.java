package org.majlis.matrix.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface EntryCommentRepository extends JpaRepository<EntryComment, Long> {

    @Query("select c from EntryComment c where c.entryId = :entryId order by c.createdAt, c.id")
    List<EntryComment> findByEntry(long entryId);
}
