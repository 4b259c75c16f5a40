package org.majlis.meetings;

import org.junit.jupiter.api.Test;
import org.majlis.DemoIds;
import org.majlis.InputErrors;
import org.majlis.MajlisSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat's bad input about participants and their roles is refused with the field and a translation key,
 * and changes nothing.
 */
@MajlisSpringTest
@WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
class ParticipantValidationTest {

    @Autowired
    ParticipantService participants;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_participant_needs_a_name_and_an_email() {
        var before = participants.list().size();

        assertThat(InputErrors.of(() -> participants.create(new ParticipantData("  ", null, null, null, null))))
                .containsExactlyInAnyOrder("fullName: validation.required", "email: validation.required");
        assertThat(participants.list()).hasSize(before);
    }

    @Test
    void a_name_longer_than_150_characters_is_refused() {
        assertThat(InputErrors.withArguments(() -> participants.create(person("ن".repeat(151), uniqueEmail(), null))))
                .containsExactly("fullName: validation.too-long [150]");
    }

    @Test
    void a_malformed_email_is_refused() {
        var before = participants.list().size();
        for (var email : List.of("not-an-email", "name@", "two words@majlis.example", "a@b@majlis.example")) {
            assertThat(InputErrors.of(() -> participants.create(person("Bad Email", email, null))))
                    .as(email).containsExactly("email: validation.email");
        }
        assertThat(participants.list()).hasSize(before);
    }

    @Test
    void an_email_already_registered_is_refused_whatever_its_case() {
        var before = participants.list().size();

        assertThat(InputErrors.of(() -> participants.create(person("Someone Else", "eco.fao@majlis.example", null))))
                .containsExactly("email: validation.participant.email-taken");
        assertThat(InputErrors.of(() -> participants.create(person("Someone Else", " Eco.FAO@Majlis.Example ",
                null)))).containsExactly("email: validation.participant.email-taken");
        assertThat(participants.list()).hasSize(before);
    }

    @Test
    void a_username_already_taken_is_refused() {
        assertThat(InputErrors.of(() -> participants.create(person("Someone Else", uniqueEmail(), "eco.fao"))))
                .containsExactly("username: validation.participant.username-taken");
    }

    @Test
    void a_username_with_spaces_or_other_signs_is_refused() {
        assertThat(InputErrors.of(() -> participants.create(person("Jean Marc", uniqueEmail(), "jean marc"))))
                .containsExactly("username: validation.participant.username-format");
    }

    @Test
    void a_refused_edit_changes_nothing() {
        var created = participants.create(person("Huda Nasser", uniqueEmail(), "huda." + unique()));

        assertThat(InputErrors.of(() -> participants.update(created.id(), created.version(),
                person("Huda N.", "eco.fao@majlis.example", "eco.fao"))))
                .containsExactlyInAnyOrder("email: validation.participant.email-taken",
                        "username: validation.participant.username-taken");
        assertThat(participants.get(created.id())).isEqualTo(created);
    }

    @Test
    void a_role_in_a_room_of_another_edition_is_refused_and_no_role_changes() {
        var ids = new DemoIds(jdbc);
        var created = participants.create(person("Yasmin Idris", uniqueEmail(), null));
        var genevaRoom = ids.room(15, RoomKind.POLITICAL);

        assertThat(InputErrors.of(() -> participants.assign(created.id(), created.version(), ids.edition(16),
                List.of(new RoomAssignment(genevaRoom, RoomRole.DELEGATE)))))
                .containsExactly("rooms: validation.assignment.other-edition");
        assertThat(participants.assignments(created.id(), ids.edition(16))).isEmpty();
        assertThat(participants.assignments(created.id(), ids.edition(15))).isEmpty();
        assertThat(participants.get(created.id()).version()).isEqualTo(created.version());
    }

    @Test
    void a_role_edit_with_a_bad_room_keeps_the_roles_held_before() {
        var ids = new DemoIds(jdbc);
        var fao = ids.participant("eco.fao");
        var astana = ids.edition(16);
        var rolesBefore = participants.assignments(fao, astana);
        var version = participants.get(fao).version();

        assertThat(InputErrors.of(() -> participants.assign(fao, version, astana, List.of(
                new RoomAssignment(ids.room(16, RoomKind.POLITICAL), RoomRole.CHAIR),
                new RoomAssignment(ids.room(15, RoomKind.ECONOMIC_SCIENTIFIC), RoomRole.DELEGATE)))))
                .containsExactly("rooms: validation.assignment.other-edition");
        assertThat(participants.assignments(fao, astana)).isEqualTo(rolesBefore);
        assertThat(participants.get(fao).version()).isEqualTo(version);
    }

    @Test
    void one_role_per_room() {
        var ids = new DemoIds(jdbc);
        var created = participants.create(person("Idris Bah", uniqueEmail(), null));
        var plenary = ids.room(16, RoomKind.PLENARY);

        assertThat(InputErrors.of(() -> participants.assign(created.id(), created.version(), ids.edition(16),
                List.of(new RoomAssignment(plenary, RoomRole.DELEGATE), new RoomAssignment(plenary,
                        RoomRole.OBSERVER)))))
                .containsExactly("rooms: validation.assignment.one-role-per-room");
        assertThat(participants.assignments(created.id(), ids.edition(16))).isEmpty();
    }

    private static ParticipantData person(String name, String email, String username) {
        return new ParticipantData(name, email, null, null, username);
    }

    private static String uniqueEmail() {
        return "validation." + unique() + "@majlis.example";
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
