package org.majlis.meetings;

import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.majlis.base.FieldError;
import org.majlis.base.InvalidInputException;
import org.majlis.base.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Only the secretariat creates and changes editions; everyone signed in reads them. */
@MajlisSpringTest
class EditionServiceTest {

    @Autowired
    EditionService editions;
    @Autowired
    JdbcTemplate jdbc;

    private static EditionData lisbon() {
        return new EditionData(950, LocalizedText.of("Lisbon", "Lisbonne", "لشبونة"), LocalizedText.empty(),
                LocalDate.of(1999, 4, 1), LocalDate.of(1999, 4, 3), null, null);
    }

    private int editionCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM edition", Integer.class);
    }

    @Test
    @WithMockUser(username = "eco.fao", roles = "USER")
    void a_delegate_reads_editions_but_cannot_create_one() {
        assertThat(editions.current()).isPresent();
        var before = editionCount();
        assertThatThrownBy(() -> editions.create(lisbon())).isInstanceOf(AccessDeniedException.class);
        assertThat(editionCount()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "pol.chair.un", roles = "USER")
    void a_chair_cannot_change_an_edition() {
        var astana = editions.current().orElseThrow();
        var changed = new EditionData(astana.number(), LocalizedText.of("Almaty", null, null), astana.venue(),
                astana.startDate(), astana.endDate(), astana.previousEditionId(), astana.hostId());
        assertThatThrownBy(() -> editions.update(astana.id(), astana.version(), changed))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(editions.get(astana.id()).city().en()).isEqualTo("Astana");
        assertThat(editions.get(astana.id()).version()).isEqualTo(astana.version());
    }

    @Test
    @WithAnonymousUser
    void no_one_signed_out_reads_the_editions() {
        assertThatThrownBy(() -> editions.list()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
    void the_secretariat_creates_and_changes_an_edition() {
        var created = editions.create(lisbon());
        var renamed = editions.update(created.id(), created.version(), new EditionData(950,
                LocalizedText.of("Lisbon", "Lisbonne", "لشبونة"), LocalizedText.of("Belém", null, null),
                created.startDate(), created.endDate(), null, null));
        assertThat(renamed.venue().en()).isEqualTo("Belém");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
    void an_edition_cannot_be_moved_after_the_edition_that_reviews_it() {
        var geneva = editions.list().stream().filter(e -> e.number() == 15).findFirst().orElseThrow();
        var moved = new EditionData(15, geneva.city(), geneva.venue(), LocalDate.of(2025, 7, 18),
                LocalDate.of(2025, 7, 20), geneva.previousEditionId(), geneva.hostId());
        assertThatThrownBy(() -> editions.update(geneva.id(), geneva.version(), moved))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(tuple("startDate", "validation.edition.follower-earlier")));
        assertThat(editions.get(geneva.id())).isEqualTo(geneva);
    }

    @Test
    @WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
    void an_edition_that_ends_before_it_starts_is_refused_and_not_created() {
        var before = editionCount();
        var backwards = new EditionData(952, LocalizedText.of("Cairo", null, null), LocalizedText.empty(),
                LocalDate.of(1999, 12, 3), LocalDate.of(1999, 12, 1), null, null);
        assertThatThrownBy(() -> editions.create(backwards))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("endDate"));
        assertThat(editionCount()).isEqualTo(before);
    }

    // A number below the demo's editions: tests that take "the highest number + 1" never reach it.
    @Test
    @WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
    void an_edition_requires_all_three_languages_unless_the_secretariat_chooses_and_at_least_one() {
        var created = editions.create(new EditionData(13, LocalizedText.of("Tunis", "Tunis", "تونس"),
                LocalizedText.empty(), java.time.LocalDate.of(1947, 3, 1), java.time.LocalDate.of(1947, 3, 3), null,
                null));
        assertThat(created.requiredLanguages()).containsExactlyInAnyOrder(org.majlis.base.Language.values());
        var arabicOnly = editions.update(created.id(), created.version(), new EditionData(13, created.city(),
                created.venue(), created.startDate(), created.endDate(), null, null,
                java.util.EnumSet.of(org.majlis.base.Language.AR)));
        assertThat(editions.get(created.id()).requiredLanguages()).containsExactly(org.majlis.base.Language.AR);
        assertThatThrownBy(() -> editions.update(created.id(), arabicOnly.version(), new EditionData(13,
                created.city(), created.venue(), created.startDate(), created.endDate(), null, null,
                java.util.Set.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .contains(org.assertj.core.groups.Tuple.tuple("requiredLanguages",
                                "validation.edition.required-languages")));
        assertThat(editions.get(created.id()).requiredLanguages()).containsExactly(org.majlis.base.Language.AR);
    }
}
