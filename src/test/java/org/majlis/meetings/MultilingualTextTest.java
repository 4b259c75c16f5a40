package org.majlis.meetings;

import org.junit.jupiter.api.Test;
import org.majlis.DemoIds;
import org.majlis.MajlisSpringTest;
import org.majlis.base.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What people write in Arabic and French is stored in MariaDB and read back exactly as written. */
@MajlisSpringTest
@WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
class MultilingualTextTest {

    @Autowired
    OrganisationService organisations;
    @Autowired
    ParticipantService participants;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void arabic_and_french_organisation_names_come_back_exactly_as_written() {
        var suffix = unique();
        var name = LocalizedText.of("Islamic Organization for Food Security, test " + suffix,
                "Organisation islamique pour la sécurité alimentaire — « œuvre » à l'échelle régionale " + suffix,
                "المنظمةُ الإسلاميةُ للأمنِ الغذائيِّ " + suffix);
        var acronym = LocalizedText.of("IOFS-" + suffix, "OISA-" + suffix, "أمن-" + suffix);

        var created = organisations.create(new OrganisationData(OrganisationFamily.OIC, name, acronym, null));

        var read = organisations.get(created.id());
        assertThat(read.name()).isEqualTo(name);
        assertThat(read.acronym()).isEqualTo(acronym);
        // Stored as characters, not as mis-decoded bytes: MariaDB counts the same characters and UTF-8 bytes.
        var stored = jdbc.queryForMap("SELECT name_ar, CHAR_LENGTH(name_ar) AS chars, LENGTH(name_ar) AS bytes,"
                + " name_fr, LENGTH(name_fr) AS bytes_fr FROM organisation WHERE id = ?", created.id());
        assertThat(stored.get("name_ar")).isEqualTo(name.ar());
        assertThat(((Number) stored.get("chars")).intValue()).isEqualTo(name.ar().codePointCount(0, name.ar().length()));
        assertThat(((Number) stored.get("bytes")).intValue()).isEqualTo(name.ar().getBytes(StandardCharsets.UTF_8).length);
        assertThat(((Number) stored.get("bytes_fr")).intValue())
                .isEqualTo(name.fr().getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void an_arabic_name_of_the_longest_allowed_length_is_stored_whole() {
        var suffix = unique();
        var longest = ("م".repeat(OrganisationService.NAME_MAX - suffix.length())) + suffix;
        assertThat(longest).hasSize(OrganisationService.NAME_MAX);

        var created = organisations.create(new OrganisationData(OrganisationFamily.OTHER,
                LocalizedText.of(null, null, longest), LocalizedText.empty(), null));

        assertThat(organisations.get(created.id()).name().ar()).isEqualTo(longest);
    }

    @Test
    void characters_beyond_the_basic_plane_are_stored_because_the_schema_is_utf8mb4() {
        // MySQL's old 3-byte "utf8" would refuse these; utf8mb4 stores them.
        var fullName = "Yūsuf 𝒜l-Kāṭib 🌍 " + unique();
        var created = participants.create(new ParticipantData(fullName, "utf8mb4." + unique() + "@majlis.example",
                null, "ممثل — représentant", null));

        var read = participants.get(created.id());
        assertThat(read.fullName()).isEqualTo(fullName);
        assertThat(read.positionTitle()).isEqualTo("ممثل — représentant");
    }

    @Test
    void the_demo_people_and_places_read_back_in_their_own_scripts() {
        var ids = new DemoIds(jdbc);
        assertThat(participants.get(ids.participant("eco.fao")).fullName()).isEqualTo("Jean-Marc Lefèvre");
        assertThat(participants.get(ids.participant("eco.rapporteur")).fullName()).isEqualTo("Kemal Aydın");
        assertThat(participants.get(ids.participant("csh.observer")).fullName()).isEqualTo("Aïssatou Ndiaye");
        var fao = organisations.list().stream().filter(o -> "FAO".equals(o.acronym().en())).findFirst().orElseThrow();
        assertThat(fao.name().fr()).isEqualTo("Organisation des Nations Unies pour l'alimentation et l'agriculture");
        assertThat(fao.name().ar()).isEqualTo("منظمة الأغذية والزراعة للأمم المتحدة");
        assertThat(fao.acronym().ar()).isEqualTo("الفاو");
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
