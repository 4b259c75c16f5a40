package org.majlis.security.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface FirstStartSetupRepository extends JpaRepository<FirstStartSetup, Integer> {

    /**
     * The setup row, locked until the transaction ends: a second setup waits here until the first has committed, and
     * then reads (as the first statement of its transaction) what the first one wrote.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from FirstStartSetup s where s.id = " + FirstStartSetup.ID)
    FirstStartSetup lockForSetup();

    @Query("select s from FirstStartSetup s where s.id = " + FirstStartSetup.ID)
    FirstStartSetup current();
}
