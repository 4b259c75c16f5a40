package org.majlis.meetings;

import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Only the secretariat sees and manages participants and gives them roles in rooms. */
@MajlisSpringTest
@WithMockUser(username = "eco.fao", roles = "USER")
class ParticipantServiceTest {

    @Autowired
    ParticipantService participants;
    @Autowired
    JdbcTemplate jdbc;

    private long idOf(String username) {
        return jdbc.queryForObject("SELECT id FROM participant WHERE username = ?", Long.class, username);
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("SELECT full_name, email, organisation_id, position_title, username, version"
                + " FROM participant WHERE id = ?", id);
    }

    private List<Map<String, Object>> roles(long participantId) {
        return jdbc.queryForList("SELECT room_id, role FROM room_assignment WHERE participant_id = ? ORDER BY room_id",
                participantId);
    }

    private long version(long id) {
        return ((Number) row(id).get("version")).longValue();
    }

    private long astanaRoom(String kind) {
        return jdbc.queryForObject("SELECT r.id FROM room r JOIN edition e ON e.id = r.edition_id"
                + " WHERE e.number = 16 AND r.kind = ?", Long.class, kind);
    }

    @Test
    void a_delegate_cannot_list_or_read_participants() {
        var self = idOf("eco.fao");
        assertThatThrownBy(() -> participants.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> participants.get(self)).isInstanceOf(AccessDeniedException.class);
        var astana = jdbc.queryForObject("SELECT id FROM edition WHERE number = 16", Long.class);
        assertThatThrownBy(() -> participants.assignments(self, astana)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_delegate_cannot_register_a_participant() {
        var before = jdbc.queryForObject("SELECT COUNT(*) FROM participant", Integer.class);
        assertThatThrownBy(() -> participants.create(new ParticipantData("A Colleague", "colleague@majlis.example",
                null, null, "fao.colleague"))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM participant", Integer.class)).isEqualTo(before);
    }

    @Test
    void a_delegate_cannot_change_their_own_record() {
        var self = idOf("eco.fao");
        var before = row(self);
        assertThatThrownBy(() -> participants.update(self, version(self), new ParticipantData("Someone Else",
                "eco.fao@majlis.example", null, "Director-General", "eco.fao")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(row(self)).isEqualTo(before);
    }

    @Test
    void a_delegate_cannot_delete_a_participant() {
        var other = idOf("eco.ilo");
        var before = row(other);
        assertThatThrownBy(() -> participants.delete(other, version(other))).isInstanceOf(AccessDeniedException.class);
        assertThat(row(other)).isEqualTo(before);
    }

    @Test
    void a_delegate_cannot_make_themselves_chair() {
        var self = idOf("eco.fao");
        var before = roles(self);
        var astana = jdbc.queryForObject("SELECT id FROM edition WHERE number = 16", Long.class);
        assertThatThrownBy(() -> participants.assign(self, version(self), astana,
                List.of(new RoomAssignment(astanaRoom("ECONOMIC_SCIENTIFIC"), RoomRole.CHAIR))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(roles(self)).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "eco.chair.un", roles = "USER")
    void a_chair_cannot_give_roles_in_their_own_room() {
        var delegate = idOf("eco.isdb");
        var before = roles(delegate);
        var astana = jdbc.queryForObject("SELECT id FROM edition WHERE number = 16", Long.class);
        assertThatThrownBy(() -> participants.assign(delegate, version(delegate), astana,
                List.of(new RoomAssignment(astanaRoom("ECONOMIC_SCIENTIFIC"), RoomRole.RAPPORTEUR))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(roles(delegate)).isEqualTo(before);
    }
}
