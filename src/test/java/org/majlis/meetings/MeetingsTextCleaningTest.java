package org.majlis.meetings;

import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.majlis.base.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names the secretariat types are stored without the invisible characters that reorder or hide text (ADR 0034):
 * {@code "report\u202Efdp.cmd"} would show as "reportdmc.pdf"-like text wherever it appears.
 */
@MajlisSpringTest
@WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
class MeetingsTextCleaningTest {

    static final String RLO = "\u202E";

    @Autowired
    ParticipantService participants;
    @Autowired
    OrganisationService organisations;
    @Autowired
    EditionService editions;
    @Autowired
    RoomService rooms;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_participant_is_stored_without_direction_overrides_zero_width_spaces_or_line_breaks() {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var created = participants.create(new ParticipantData("Eve" + RLO + "fdp.cmd " + tag,
                " eve." + tag + "\u200B@example.org ", null, "Director\nof\u2066 Programmes", "eve\u200E." + tag));

        var row = jdbc.queryForMap("SELECT full_name, email, position_title, username FROM participant WHERE id = ?",
                created.id());
        assertThat(row.get("full_name")).isEqualTo("Evefdp.cmd " + tag);
        assertThat(row.get("email")).isEqualTo("eve." + tag + "@example.org");
        assertThat(row.get("position_title")).isEqualTo("Director of Programmes");
        assertThat(row.get("username")).isEqualTo("eve." + tag);
    }

    @Test
    void an_organisation_name_and_acronym_are_stored_without_bidi_controls_in_every_language() {
        var tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var created = organisations.create(new OrganisationData(OrganisationFamily.OTHER,
                LocalizedText.of("Agency" + RLO + "fdp.cmd", "Agence\u202D " + tag, "وكالة\u2067 " + tag),
                LocalizedText.of("A" + RLO + tag, null, null), null));

        var row = jdbc.queryForMap("SELECT name_en, name_fr, name_ar, acronym_en FROM organisation WHERE id = ?",
                created.id());
        assertThat(row.get("name_en")).isEqualTo("Agencyfdp.cmd");
        assertThat(row.get("name_fr")).isEqualTo("Agence " + tag);
        assertThat(row.get("name_ar")).isEqualTo("وكالة " + tag);
        assertThat(row.get("acronym_en")).isEqualTo("A" + tag);
    }

    @Test
    void an_edition_city_and_venue_and_a_room_title_are_stored_clean() {
        var number = IntStream.range(100, 300)
                .filter(n -> editions.list().stream().noneMatch(e -> e.number() == n)).findFirst().orElseThrow();
        var day = LocalDate.of(1950, 3, 1).plusDays(number);
        var edition = editions.create(new EditionData(number, LocalizedText.of("Rabat" + RLO + "fdp", null, null),
                LocalizedText.of("Palais\u200B des\r\ncongrès", null, null), day, day.plusDays(1), null, null));
        var room = rooms.create(edition.id(), new RoomData(RoomKind.POLITICAL,
                LocalizedText.of(null, null, "القضايا\u202B السياسية" + RLO), true));

        assertThat(jdbc.queryForMap("SELECT city_en, venue_en FROM edition WHERE id = ?", edition.id()))
                .containsEntry("city_en", "Rabatfdp").containsEntry("venue_en", "Palais des congrès");
        assertThat(jdbc.queryForObject("SELECT title_ar FROM room WHERE id = ?", String.class, room.id()))
                .isEqualTo("القضايا السياسية");
    }
}
