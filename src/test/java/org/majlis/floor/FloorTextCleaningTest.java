package org.majlis.floor;

import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomFixture;
import org.majlis.MajlisSpringTest;
import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.LiveRoomFixture.as;

/** A refusal reason is one clean line; a statement keeps its paragraphs but no bidi controls (ADR 0034). */
@MajlisSpringTest
class FloorTextCleaningTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AgendaService agenda;
    @Autowired
    FloorService floor;
    @Autowired
    StatementService statements;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_refusal_reason_and_a_written_statement_are_stored_without_direction_overrides() {
        var room = LiveRoomFixture.create(context, 2);
        var item = as(room.chair, () -> {
            var created = agenda.create(room.roomId, new AgendaItemData(LocalizedText.of("Trade", null, null),
                    LocalizedText.empty(), 30, SpeakingLimits.none()));
            return agenda.open(room.roomId, created.id());
        });
        var refused = as(room.delegate(0), () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(0),
                FloorKind.STATEMENT));
        var speaking = as(room.delegate(1), () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(1),
                FloorKind.STATEMENT));
        as(room.chair, () -> floor.refuse(room.roomId, refused.id(), "Not\u202E on\nthe list\u2069"));
        as(room.delegate(1), () -> statements.submit(room.roomId, speaking.id(), StatementService.NO_STATEMENT, StatementData.text(
                LocalizedText.of(null, null, "نص\u202B البيان\r\n\u200Fالفقرة الثانية\u202C"))));

        assertThat(jdbc.queryForObject("SELECT refusal_reason FROM floor_request WHERE id = ?", String.class,
                refused.id())).isEqualTo("Not on the list");
        assertThat(jdbc.queryForObject("SELECT text_ar FROM written_statement WHERE floor_request_id = ?",
                String.class, speaking.id())).isEqualTo("نص البيان\n\u200Fالفقرة الثانية");
    }
}
