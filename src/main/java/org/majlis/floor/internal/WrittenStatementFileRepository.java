package org.majlis.floor.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WrittenStatementFileRepository extends JpaRepository<WrittenStatementFile, Long> {
}
