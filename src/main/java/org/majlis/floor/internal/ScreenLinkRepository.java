package org.majlis.floor.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;

import java.util.List;
import java.util.Optional;

public interface ScreenLinkRepository extends JpaRepository<ScreenLink, Long> {

    Optional<ScreenLink> findByTokenHash(String tokenHash);

    /** The room's links that still work, newest first. */
    List<ScreenLink> findByRoomIdAndRevokedAtIsNullOrderByCreatedAtDescIdDesc(long roomId);

    /** A link looked up within the room it belongs to: another room's id is not found. */
    Optional<ScreenLink> findByIdAndRoomId(long id, long roomId);

    /**
     * A screen opened the room with the link: remembered unless it already was since {@code notBefore}. One statement
     * that leaves the version alone, so screens on the same link never collide, and at most one write a minute.
     */
    @Modifying
    @Query("update ScreenLink l set l.lastUsedAt = :at where l.id = :id"
            + " and (l.lastUsedAt is null or l.lastUsedAt < :notBefore)")
    int recordUse(@Param("id") long id, @Param("at") Instant at, @Param("notBefore") Instant notBefore);
}
