package org.majlis.meetings;

import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.majlis.base.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The secretariat sets up rooms; a room's own chair may run it but not set it up. */
@MajlisSpringTest
class RoomServiceTest {

    @Autowired
    RoomService rooms;
    @Autowired
    EditionService editions;
    @Autowired
    JdbcTemplate jdbc;

    private long astanaId() {
        return jdbc.queryForObject("SELECT id FROM edition WHERE number = 16", Long.class);
    }

    private long politicalRoomId() {
        return jdbc.queryForObject("SELECT r.id FROM room r JOIN edition e ON e.id = r.edition_id"
                + " WHERE e.number = 16 AND r.kind = 'POLITICAL'", Long.class);
    }

    private int roomCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM room", Integer.class);
    }

    @Test
    @WithMockUser(username = "eco.fao", roles = "USER")
    void a_delegate_cannot_list_every_room_for_set_up() {
        assertThatThrownBy(() -> rooms.rooms(astanaId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "eco.fao", roles = "USER")
    void a_delegate_cannot_add_a_room() {
        var before = roomCount();
        assertThatThrownBy(() -> rooms.create(astanaId(), new RoomData(RoomKind.OTHER,
                LocalizedText.of("Delegates' lounge", null, null), true))).isInstanceOf(AccessDeniedException.class);
        assertThat(roomCount()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "pol.chair.un", roles = "USER")
    void the_rooms_own_chair_cannot_rename_or_close_it() {
        var roomId = politicalRoomId();
        var before = jdbc.queryForMap("SELECT title_en, is_open, version FROM room WHERE id = ?", roomId);
        var version = ((Number) before.get("version")).longValue();
        assertThatThrownBy(() -> rooms.update(roomId, version, new RoomData(RoomKind.POLITICAL,
                LocalizedText.of("Renamed by the chair", null, null), false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForMap("SELECT title_en, is_open, version FROM room WHERE id = ?", roomId))
                .isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
    void the_secretariat_adds_and_closes_a_room() {
        var edition = editions.create(new EditionData(951, LocalizedText.of("Doha", null, null),
                LocalizedText.empty(), java.time.LocalDate.of(1999, 10, 1), java.time.LocalDate.of(1999, 10, 2),
                null, null));
        var room = rooms.create(edition.id(), new RoomData(RoomKind.PLENARY,
                LocalizedText.of("Opening plenary", null, null), true));
        var closed = rooms.close(room.id(), room.version());
        assertThat(closed.open()).isFalse();
        assertThat(rooms.rooms(edition.id())).extracting(RoomSummary::id).containsExactly(room.id());
    }
}
