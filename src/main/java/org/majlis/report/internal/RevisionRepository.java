package org.majlis.report.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface RevisionRepository extends JpaRepository<RevisionEntity, Long> {

    @Query("select r from RevisionEntity r where r.reportId = :reportId order by r.number")
    List<RevisionEntity> findByReport(long reportId);

    @Query("select r from RevisionEntity r where r.reportId = :reportId and r.number = :number")
    Optional<RevisionEntity> findByReportAndNumber(long reportId, int number);

    @Query("select r from RevisionEntity r where r.reportId = :reportId and r.reportVersion = :version")
    Optional<RevisionEntity> findAtVersion(long reportId, long version);
}
