package org.majlis.meetings.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface EditionRepository extends JpaRepository<Edition, Long> {

    @Query("select e from Edition e left join fetch e.previousEdition left join fetch e.host"
            + " order by e.startDate desc, e.id desc")
    List<Edition> findAllNewestFirst();

    /**
     * The current edition: the one that starts last (of two starting the same day, the one created last). The only
     * definition of "current": the home page shows it, and only its rooms can be changed by participants.
     */
    Optional<Edition> findFirstByOrderByStartDateDescIdDesc();

    Optional<Edition> findByNumber(int number);

    @Query("select count(e) from Edition e where e.previousEdition.id = :editionId")
    long countFollowers(long editionId);

    /** The earliest start of the editions that name this one as their previous edition. */
    @Query("select min(e.startDate) from Edition e where e.previousEdition.id = :editionId")
    Optional<LocalDate> earliestFollowerStart(long editionId);
}
