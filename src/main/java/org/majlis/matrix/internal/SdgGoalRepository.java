package org.majlis.matrix.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SdgGoalRepository extends JpaRepository<SdgGoalEntity, Integer> {
}
