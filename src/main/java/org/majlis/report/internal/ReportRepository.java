package org.majlis.report.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

public interface ReportRepository extends JpaRepository<ReportEntity, Long> {

    @Query("select r from ReportEntity r where r.roomId = :roomId")
    Optional<ReportEntity> findByRoom(long roomId);

    /** Loads a room's report for a change, holding its row lock until the transaction ends: saves queue up. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ReportEntity r where r.roomId = :roomId")
    Optional<ReportEntity> findForChange(long roomId);
}
