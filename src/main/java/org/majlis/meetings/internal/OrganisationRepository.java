package org.majlis.meetings.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    @Query("select o from Organisation o where o.acronym.en = :acronym")
    Optional<Organisation> findByAcronymEn(String acronym);

    @Query("select o from Organisation o where o.acronym.fr = :acronym")
    Optional<Organisation> findByAcronymFr(String acronym);

    @Query("select o from Organisation o where o.acronym.ar = :acronym")
    Optional<Organisation> findByAcronymAr(String acronym);

    Optional<Organisation> findByCountryCode(String countryCode);

    @Query("select count(p) from Participant p where p.organisation.id = :organisationId")
    long countParticipants(long organisationId);

    @Query("select count(e) from Edition e where e.host.id = :organisationId")
    long countHostedEditions(long organisationId);
}
