package org.majlis.demo;

import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.OrganisationFamily;
import org.majlis.meetings.OrganisationService;
import org.majlis.meetings.RoomKind;
import org.majlis.meetings.RoomService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@MajlisSpringTest
@WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
class DemoDataSeederTest {

    @Autowired
    DemoDataSeeder seeder;
    @Autowired
    EditionService editions;
    @Autowired
    RoomService rooms;
    @Autowired
    OrganisationService organisations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_demo_has_geneva_2022_and_astana_2024_which_reviews_geneva() {
        var current = editions.current().orElseThrow();
        assertThat(current.number()).isEqualTo(16);
        assertThat(current.city().en()).isEqualTo("Astana");
        assertThat(current.city().ar()).isEqualTo("أستانا");
        assertThat(current.previousEditionNumber()).isEqualTo(15);
        assertThat(current.hostAcronym()).isEqualTo("IOFS");
        // tests of the live room add rooms of kind OTHER to the current edition (LiveRoomFixture); the demo has none
        assertThat(rooms.rooms(current.id())).filteredOn(r -> r.kind() != RoomKind.OTHER).extracting(r -> r.kind())
                .containsExactly(RoomKind.PLENARY, RoomKind.POLITICAL, RoomKind.ECONOMIC_SCIENTIFIC,
                        RoomKind.CULTURAL_SOCIAL_HUMANITARIAN);
    }

    @Test
    void the_57_oic_member_states_are_named_from_the_jdk_in_three_languages() {
        var states = organisations.list(OrganisationFamily.MEMBER_STATE);
        assertThat(states).hasSize(57);
        var kazakhstan = states.stream().filter(s -> "KZ".equals(s.countryCode())).findFirst().orElseThrow();
        assertThat(kazakhstan.name().en()).isEqualTo(Locale.of("", "KZ").getDisplayCountry(Locale.ENGLISH));
        assertThat(kazakhstan.name().ar()).isEqualTo(Locale.of("", "KZ").getDisplayCountry(Locale.of("ar")));
    }

    @Test
    void seeding_again_changes_nothing() {
        var before = jdbc.queryForObject("SELECT COUNT(*) FROM participant", Integer.class);
        seeder.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM participant", Integer.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM demo_seed", Integer.class)).isEqualTo(1);
    }
}
