package org.majlis.floor.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface WrittenStatementRepository extends JpaRepository<WrittenStatement, Long> {

    Optional<WrittenStatement> findByRequestId(long requestId);

    @Query("select s from WrittenStatement s where s.itemId = :itemId order by s.requestId")
    List<WrittenStatement> findByItem(long itemId);

    @Query("select s.requestId from WrittenStatement s where s.roomId = :roomId")
    List<Long> findRequestIdsInRoom(long roomId);

    @Query("select s.requestId from WrittenStatement s where s.itemId = :itemId")
    List<Long> findRequestIdsOfItem(long itemId);
}
