package org.majlis.matrix.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface MatrixEntryRepository extends JpaRepository<MatrixEntry, Long> {

    @Query("select e from MatrixEntry e where e.roomId = :roomId order by e.code")
    List<MatrixEntry> findByRoom(long roomId);

    @Query("select e from MatrixEntry e where e.roomId = :roomId and e.status = org.majlis.matrix.EntryStatus.ADOPTED"
            + " order by e.code")
    List<MatrixEntry> findAdoptedByRoom(long roomId);

    @Query("select e from MatrixEntry e where e.editionId = :editionId order by e.code")
    List<MatrixEntry> findByEdition(long editionId);

    @Query("select count(e) from MatrixEntry e where e.proposedById = :participantId")
    long countProposedBy(long participantId);

    @Query("select count(e) from MatrixEntry e where e.leadUnId = :organisationId or e.leadOicId = :organisationId")
    long countLedBy(long organisationId);

    @Query("select count(distinct e) from MatrixEntry e join e.partnerIds p where p = :organisationId")
    long countWithPartner(long organisationId);

    @Query("select count(distinct e) from MatrixEntry e join e.beneficiaries b where b = :countryCode")
    long countWithBeneficiary(String countryCode);

    @Query("select e from MatrixEntry e where e.editionId = :editionId and e.code = :code")
    Optional<MatrixEntry> findByEditionAndCode(long editionId, String code);

    @Query("select e from MatrixEntry e where e.editionId = :editionId and e.originEntryId in :originIds")
    List<MatrixEntry> findCarriedOver(long editionId, List<Long> originIds);

    /** Loads an entry for a change, holding its row lock until the transaction ends: concurrent saves queue up. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from MatrixEntry e where e.id = :id")
    Optional<MatrixEntry> findForChange(long id);
}
