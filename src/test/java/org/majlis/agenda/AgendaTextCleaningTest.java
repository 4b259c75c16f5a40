package org.majlis.agenda;

import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomFixture;
import org.majlis.MajlisSpringTest;
import org.majlis.base.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.LiveRoomFixture.as;

/** An agenda item's title is stored as one clean line, its description keeps its lines but no bidi controls. */
@MajlisSpringTest
class AgendaTextCleaningTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AgendaService agenda;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_item_title_loses_its_direction_override_and_the_description_keeps_its_paragraphs() {
        var room = LiveRoomFixture.create(context, 1);
        var item = as(room.chair, () -> agenda.create(room.roomId, new AgendaItemData(
                LocalizedText.of("Trade\u202Efdp.cmd\nfacilitation", null, "التجارة\u2067"),
                LocalizedText.of("First point.\r\nSecond\u202D point.", null, null), 20, SpeakingLimits.none())));

        var row = jdbc.queryForMap("SELECT title_en, title_ar, description_en FROM agenda_item WHERE id = ?",
                item.id());
        assertThat(row.get("title_en")).isEqualTo("Tradefdp.cmd facilitation");
        assertThat(row.get("title_ar")).isEqualTo("التجارة");
        assertThat(row.get("description_en")).isEqualTo("First point.\nSecond point.");
    }
}
