package org.majlis.meetings;

import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.majlis.base.ConcurrentEditException;
import org.majlis.security.UserIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.meetings.SecurityContexts.as;
import static org.majlis.meetings.SecurityContexts.asAdmin;

/** The secretariat sees whether a participant's account is linked, and can unlink it; nobody else can. */
@MajlisSpringTest
@RecordApplicationEvents
class ParticipantAccountLinkTest {

    @Autowired
    ParticipantService participants;
    @Autowired
    AccountLinks accountLinks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    @Test
    void the_secretariat_sees_the_link_and_unlinks_the_account() {
        var participant = asAdmin(this::linkedParticipant);
        assertThat(participant.accountLinked()).isTrue();

        var unlinked = asAdmin(() -> participants.unlinkAccount(participant.id(), participant.version()));

        assertThat(unlinked.accountLinked()).isFalse();
        assertThat(unlinked.version()).isGreaterThan(participant.version());
        assertThat(asAdmin(participants::list)).filteredOn(p -> p.id() == participant.id())
                .extracting(ParticipantSummary::accountLinked).containsExactly(false);
    }

    @Test
    void unlinking_tells_the_accounts_open_pages_in_the_participants_rooms() {
        var participant = asAdmin(this::linkedParticipant);
        var room = jdbc.queryForMap("select id, edition_id from room order by id limit 1");
        long roomId = ((Number) room.get("id")).longValue();
        var assigned = asAdmin(() -> participants.assign(participant.id(), participant.version(),
                ((Number) room.get("edition_id")).longValue(), List.of(new RoomAssignment(roomId, RoomRole.OBSERVER))));
        events.clear();

        asAdmin(() -> participants.unlinkAccount(participant.id(), assigned.version()));

        // the page of the account that signed in as them re-checks its role (RoomNotice) and loses the room
        assertThat(events.stream(RoomMembershipChanged.class))
                .containsExactly(new RoomMembershipChanged(roomId, participant.id()));
    }

    @Test
    void unlinking_with_a_stale_version_is_refused_and_keeps_the_link() {
        var participant = asAdmin(this::linkedParticipant);
        var stale = participant.version() - 1;

        assertThatThrownBy(() -> asAdmin(() -> participants.unlinkAccount(participant.id(), stale)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(asAdmin(() -> participants.get(participant.id())).accountLinked()).isTrue();
    }

    @Test
    void a_delegate_cannot_unlink_an_account() {
        var participant = asAdmin(this::linkedParticipant);

        assertThatThrownBy(() -> as("eco.fao", false,
                () -> participants.unlinkAccount(participant.id(), participant.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(asAdmin(() -> participants.get(participant.id())).accountLinked()).isTrue();
    }

    @Test
    void a_chair_cannot_unlink_an_account() {
        var participant = asAdmin(this::linkedParticipant);

        assertThatThrownBy(() -> as("pol.chair.un", false,
                () -> participants.unlinkAccount(participant.id(), participant.version())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private ParticipantSummary linkedParticipant() {
        var email = UUID.randomUUID().toString().substring(0, 12) + "@unlink.example";
        var created = participants.create(new ParticipantData("Unlink Me", email, null, null, null));
        accountLinks.link(new UserIdentity("kc-user", email, "KC User", false, UUID.randomUUID().toString(), true));
        return participants.get(created.id());
    }
}
