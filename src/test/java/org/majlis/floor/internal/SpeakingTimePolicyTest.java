package org.majlis.floor.internal;

import org.junit.jupiter.api.Test;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorSettings;
import org.majlis.floor.FloorSettings.Limits;
import org.majlis.meetings.RoomKind;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SpeakingTimePolicyTest {

    @Test
    void the_item_limit_for_the_kind_wins_over_the_room_default() {
        var defaults = new FloorSettings(null, null, null).defaultsFor(RoomKind.POLITICAL);
        var item = new SpeakingLimits(240, null, null, null);
        assertThat(SpeakingTimePolicy.limitSeconds(FloorKind.STATEMENT, item, defaults)).isEqualTo(240);
        assertThat(SpeakingTimePolicy.limitSeconds(FloorKind.POINT_OF_ORDER, item, defaults)).isEqualTo(60);
    }

    @Test
    void a_kind_of_room_can_have_its_own_defaults_and_falls_back_to_the_general_ones() {
        var settings = new FloorSettings(new Limits(Duration.ofMinutes(3), null, null, null),
                Map.of(RoomKind.PLENARY, new Limits(Duration.ofMinutes(7), null, null, null)), null);
        assertThat(settings.defaultsFor(RoomKind.PLENARY).get(FloorKind.STATEMENT)).hasMinutes(7);
        assertThat(settings.defaultsFor(RoomKind.POLITICAL).get(FloorKind.STATEMENT)).hasMinutes(3);
        assertThat(settings.defaultsFor(RoomKind.PLENARY).get(FloorKind.RIGHT_OF_REPLY)).hasMinutes(2);
    }
}
