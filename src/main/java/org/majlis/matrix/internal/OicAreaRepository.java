package org.majlis.matrix.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface OicAreaRepository extends JpaRepository<OicAreaEntity, Long> {

    @Query("select a from OicAreaEntity a order by a.position, a.code")
    List<OicAreaEntity> findAllOrdered();

    Optional<OicAreaEntity> findByCode(String code);

    @Query("select coalesce(max(a.position), 0) from OicAreaEntity a")
    int maxPosition();
}
