package org.majlis.security.internal;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface LocalAccountRepository extends JpaRepository<LocalAccount, Long> {

    Optional<LocalAccount> findByUsername(String username);

    List<LocalAccount> findByDemoTrueOrderById(Limit limit);

    /** Secretariat accounts that can sign in outside demo mode (not a demo account, not disabled). */
    long countByAdminTrueAndDemoFalseAndEnabledTrue();
}
