package org.majlis.floor.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface TimeBudgetRepository extends JpaRepository<TimeBudgetEntity, Long> {

    @Query("select b from TimeBudgetEntity b where b.roomId = :roomId and b.itemId is null")
    Optional<TimeBudgetEntity> findForRoom(long roomId);

    @Query("select b from TimeBudgetEntity b where b.roomId = :roomId and b.itemId = :itemId")
    Optional<TimeBudgetEntity> findForItem(long roomId, long itemId);

    /** The room's row and every item's, in one statement (the floor's load, the record's report). */
    @Query("select b from TimeBudgetEntity b where b.roomId = :roomId")
    List<TimeBudgetEntity> findAllOfRoom(long roomId);
}
