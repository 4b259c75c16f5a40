package org.majlis.matrix.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ImplementationReviewRepository extends JpaRepository<ImplementationReview, Long> {

    @Query("select r from ImplementationReview r where r.editionId = :editionId and r.entryId in :entryIds")
    List<ImplementationReview> findFor(long editionId, List<Long> entryIds);

    @Query("select r from ImplementationReview r where r.editionId = :editionId and r.entryId = :entryId")
    Optional<ImplementationReview> findFor(long editionId, long entryId);

    /** How many reports each review has, in one query. */
    @Query("select r.id as reviewId, size(r.reports) as reports from ImplementationReview r where r.id in :ids")
    List<ReportCount> countReports(Collection<Long> ids);

    interface ReportCount {

        Long getReviewId();

        Integer getReports();
    }
}
