package org.majlis.meetings;

import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomFixture;
import org.majlis.MajlisSpringTest;
import org.majlis.Races;
import org.majlis.base.ConcurrentEditException;
import org.majlis.base.InvalidInputException;
import org.majlis.base.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.LiveRoomFixture.asAdmin;

/**
 * Two secretaries saving the same unique value at the same moment: both pass the service's check, the database
 * keeps the first, and the second is told the value is taken, on its field and translated — never a raw
 * database error.
 */
@MajlisSpringTest
class UniqueKeyRacesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ParticipantService participants;
    @Autowired
    OrganisationService organisations;
    @Autowired
    EditionService editions;
    @Autowired
    JdbcTemplate jdbc;

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String errors(Object outcome) {
        assertThat(outcome).as("the second save is refused with field errors").isInstanceOf(InvalidInputException.class);
        return ((InvalidInputException) outcome).errors().stream().map(e -> e.field() + ": " + e.messageKey()).toList()
                .toString();
    }

    private Object race(java.util.concurrent.Callable<?> first, java.util.concurrent.Callable<?> second)
            throws Exception {
        return Races.secondWhileFirstUncommitted(context, () -> asAdmin(() -> call(first)),
                () -> asAdmin(() -> call(second)));
    }

    private static Object call(java.util.concurrent.Callable<?> command) {
        try {
            return command.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void two_participants_registered_with_the_same_email_at_once_keep_the_first_and_tell_the_second() throws Exception {
        var tag = tag();
        var email = tag + "@race.example";
        var outcome = race(() -> participants.create(new ParticipantData("First " + tag, email, null, null, null)),
                () -> participants.create(new ParticipantData("Second " + tag, email, null, null, null)));

        assertThat(errors(outcome)).isEqualTo("[email: validation.participant.email-taken]");
        assertThat(jdbc.queryForList("SELECT full_name FROM participant WHERE email = ?", String.class, email))
                .containsExactly("First " + tag);
    }

    @Test
    void two_participants_given_the_same_username_at_once_keep_the_first_and_tell_the_second() throws Exception {
        var tag = tag();
        var outcome = race(
                () -> participants.create(new ParticipantData("First " + tag, "a." + tag + "@race.example", null,
                        null, "race." + tag)),
                () -> participants.create(new ParticipantData("Second " + tag, "b." + tag + "@race.example", null,
                        null, "race." + tag)));

        assertThat(errors(outcome)).isEqualTo("[username: validation.participant.username-taken]");
        assertThat(jdbc.queryForList("SELECT full_name FROM participant WHERE username = ?", String.class,
                "race." + tag)).containsExactly("First " + tag);
    }

    @Test
    void two_editions_created_with_the_same_number_at_once_keep_the_first_and_tell_the_second() throws Exception {
        var number = IntStream.range(100, 300)
                .filter(n -> asAdmin(() -> editions.list()).stream().noneMatch(e -> e.number() == n))
                .findFirst().orElseThrow();
        var day = LocalDate.of(1960, 1, 1).plusDays(number);
        var outcome = race(
                () -> editions.create(new EditionData(number, LocalizedText.of("First city", null, null),
                        LocalizedText.empty(), day, day, null, null)),
                () -> editions.create(new EditionData(number, LocalizedText.of("Second city", null, null),
                        LocalizedText.empty(), day, day, null, null)));

        assertThat(errors(outcome)).isEqualTo("[number: validation.edition.number-taken]");
        assertThat(jdbc.queryForList("SELECT city_en FROM edition WHERE number = ?", String.class, number))
                .containsExactly("First city");
    }

    @Test
    void two_organisations_given_the_same_acronym_at_once_keep_the_first_and_tell_the_second() throws Exception {
        var acronym = "R" + tag().toUpperCase().substring(0, 6);
        var outcome = race(
                () -> organisations.create(new OrganisationData(OrganisationFamily.OTHER,
                        LocalizedText.of("First body", null, null), LocalizedText.of(acronym, null, null), null)),
                () -> organisations.create(new OrganisationData(OrganisationFamily.OTHER,
                        LocalizedText.of("Second body", null, null), LocalizedText.of(acronym, null, null), null)));

        assertThat(errors(outcome)).isEqualTo("[acronymEn: validation.organisation.acronym-taken-now]");
        assertThat(jdbc.queryForList("SELECT name_en FROM organisation WHERE acronym_en = ?", String.class, acronym))
                .containsExactly("First body");
    }

    @Test
    void two_secretaries_giving_the_same_participant_roles_at_once_keep_the_first_and_tell_the_second()
            throws Exception {
        var room = LiveRoomFixture.create(context, 1);
        var person = asAdmin(() -> participants.create(new ParticipantData("Roles " + tag(),
                tag() + "@race.example", null, null, null)));
        var outcome = race(
                () -> participants.assign(person.id(), person.version(), room.editionId,
                        List.of(new RoomAssignment(room.roomId, RoomRole.OBSERVER))),
                () -> participants.assign(person.id(), person.version(), room.editionId,
                        List.of(new RoomAssignment(room.roomId, RoomRole.DELEGATE))));

        assertThat(outcome).isInstanceOf(ConcurrentEditException.class);
        assertThat(jdbc.queryForList("SELECT role FROM room_assignment WHERE participant_id = ?", String.class,
                person.id())).containsExactly("OBSERVER");
    }
}
