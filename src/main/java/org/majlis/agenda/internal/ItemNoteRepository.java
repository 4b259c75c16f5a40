package org.majlis.agenda.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface ItemNoteRepository extends JpaRepository<ItemNoteEntity, Long> {

    Optional<ItemNoteEntity> findByRoomIdAndItemId(long roomId, long itemId);
}
