package org.majlis.meetings.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface ParticipantRepository extends JpaRepository<Participant, Long> {

    @Query("select p from Participant p left join fetch p.organisation order by p.fullName")
    List<Participant> findAllWithOrganisation();

    Optional<Participant> findByEmail(String email);

    Optional<Participant> findByUsername(String username);

    Optional<Participant> findByAccountSubject(String accountSubject);

    /** The participant signed in with this username or, failing that, this email. */
    @Query("select p from Participant p where p.username = :username or (:email is not null and p.email = :email)"
            + " order by case when p.username = :username then 0 else 1 end")
    List<Participant> findByAccount(String username, String email);
}
