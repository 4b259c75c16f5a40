package org.majlis.meetings;

import org.junit.jupiter.api.Test;
import org.majlis.DemoIds;
import org.majlis.InputErrors;
import org.majlis.MajlisSpringTest;
import org.majlis.base.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat's bad input about editions and their rooms is refused with the field and a translation key, and
 * changes nothing. Editions created here start long before the demo ones, so Astana stays the current edition.
 */
@MajlisSpringTest
@WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
class EditionValidationTest {

    private static final LocalizedText RABAT = LocalizedText.of("Rabat", "Rabat", "الرباط");

    @Autowired
    EditionService editions;
    @Autowired
    RoomService rooms;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_edition_cannot_end_before_it_starts() {
        var before = editions.list().size();

        assertThat(InputErrors.of(() -> editions.create(new EditionData(freeNumber(), RABAT, LocalizedText.empty(),
                LocalDate.of(1995, 7, 20), LocalDate.of(1995, 7, 18), null, null))))
                .containsExactly("endDate: validation.edition.end-before-start");
        assertThat(editions.list()).hasSize(before);
    }

    @Test
    void a_one_day_edition_is_fine() {
        var day = LocalDate.of(1995, 3, 1);
        var created = editions.create(new EditionData(freeNumber(), RABAT, LocalizedText.empty(), day, day, null,
                null));
        assertThat(created.endDate()).isEqualTo(created.startDate());
    }

    @Test
    void an_edition_number_is_used_once() {
        var before = editions.list().size();

        assertThat(InputErrors.withArguments(() -> editions.create(new EditionData(16, RABAT, LocalizedText.empty(),
                LocalDate.of(1996, 1, 1), LocalDate.of(1996, 1, 2), null, null))))
                .containsExactly("number: validation.edition.number-taken [16]");
        assertThat(editions.list()).hasSize(before);
    }

    @Test
    void an_edition_number_is_between_1_and_999() {
        for (var number : new int[]{0, -3, 1000}) {
            assertThat(InputErrors.of(() -> editions.create(new EditionData(number, RABAT, LocalizedText.empty(),
                    LocalDate.of(1996, 1, 1), LocalDate.of(1996, 1, 2), null, null))))
                    .containsExactly("number: validation.edition.number-range");
        }
    }

    @Test
    void the_previous_edition_must_start_before_this_one() {
        var astana = new DemoIds(jdbc).edition(16);
        var before = editions.list().size();

        assertThat(InputErrors.of(() -> editions.create(new EditionData(freeNumber(), RABAT, LocalizedText.empty(),
                LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 3), astana, null))))
                .containsExactly("previousEditionId: validation.edition.previous-later");
        assertThat(editions.list()).hasSize(before);
    }

    @Test
    void an_edition_cannot_follow_itself() {
        var created = editions.create(edition(freeNumber()));

        var data = created.toData();
        assertThat(InputErrors.of(() -> editions.update(created.id(), created.version(), new EditionData(
                data.number(), data.city(), data.venue(), data.startDate(), data.endDate(), created.id(), null))))
                .contains("previousEditionId: validation.edition.previous-self");
        assertThat(editions.get(created.id())).isEqualTo(created);
    }

    @Test
    void an_edition_needs_a_number_a_city_and_dates() {
        assertThat(InputErrors.of(() -> editions.create(new EditionData(null, LocalizedText.empty(),
                LocalizedText.empty(), null, null, null, null))))
                .containsExactlyInAnyOrder("number: validation.required", "cityEn: validation.one-language-required",
                        "startDate: validation.required", "endDate: validation.required");
    }

    @Test
    void a_refused_edit_of_an_edition_changes_nothing() {
        var created = editions.create(edition(freeNumber()));

        var data = created.toData();
        assertThat(InputErrors.of(() -> editions.update(created.id(), created.version(), new EditionData(16,
                LocalizedText.of("Geneva", null, null), data.venue(), data.endDate(), data.startDate().minusDays(1),
                null, null))))
                .containsExactlyInAnyOrder("number: validation.edition.number-taken",
                        "endDate: validation.edition.end-before-start");
        assertThat(editions.get(created.id())).isEqualTo(created);
    }

    @Test
    void a_room_needs_a_kind_and_a_title_in_at_least_one_language() {
        var edition = editions.create(edition(freeNumber()));

        assertThat(InputErrors.of(() -> rooms.create(edition.id(), new RoomData(null, LocalizedText.of(" ", null,
                null), true))))
                .containsExactlyInAnyOrder("kind: validation.required", "titleEn: validation.one-language-required");
        assertThat(rooms.rooms(edition.id())).isEmpty();
    }

    @Test
    void a_room_title_longer_than_200_characters_is_refused_and_the_room_keeps_its_title() {
        var edition = editions.create(edition(freeNumber()));
        var room = rooms.create(edition.id(), new RoomData(RoomKind.POLITICAL,
                LocalizedText.of("Cooperation on Political Issues", null, "التعاون في القضايا السياسية"), true));

        assertThat(InputErrors.withArguments(() -> rooms.update(room.id(), room.version(), new RoomData(
                RoomKind.POLITICAL, LocalizedText.of(null, null, "س".repeat(201)), true))))
                .containsExactly("titleAr: validation.too-long [200]");
        assertThat(rooms.rooms(edition.id())).containsExactly(room);
    }

    private EditionData edition(int number) {
        var start = LocalDate.of(1990, 1, 1).plusDays(number);
        return new EditionData(number, RABAT, LocalizedText.empty(), start, start.plusDays(2), null, null);
    }

    private int freeNumber() {
        return editions.list().stream().mapToInt(EditionSummary::number).max().orElse(0) + 1;
    }
}
