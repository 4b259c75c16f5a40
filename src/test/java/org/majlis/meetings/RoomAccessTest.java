package org.majlis.meetings;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.DemoIds;
import org.majlis.MajlisSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.meetings.RoomKind.CULTURAL_SOCIAL_HUMANITARIAN;
import static org.majlis.meetings.RoomKind.ECONOMIC_SCIENTIFIC;
import static org.majlis.meetings.RoomKind.PLENARY;
import static org.majlis.meetings.RoomKind.POLITICAL;
import static org.majlis.meetings.RoomRole.CHAIR;
import static org.majlis.meetings.RoomRole.DELEGATE;
import static org.majlis.meetings.RoomRole.OBSERVER;
import static org.majlis.meetings.RoomRole.RAPPORTEUR;

/**
 * Room-scoped authorisation with the demo people: who may view a room, who may chair it, and which rooms each
 * person finds on their home page — in the 16th edition (Astana) and the 15th (Geneva), where some held other roles.
 */
@MajlisSpringTest
class RoomAccessTest {

    @Autowired
    RoomAccess access;
    @Autowired
    RoomService rooms;
    @Autowired
    JdbcTemplate jdbc;

    private DemoIds ids;

    @BeforeEach
    void ids() {
        ids = new DemoIds(jdbc);
    }

    @Test
    @WithMockUser("pol.chair.un")
    void a_chair_may_chair_their_room_and_not_another() {
        var political = ids.room(16, POLITICAL);
        var economic = ids.room(16, ECONOMIC_SCIENTIFIC);

        assertThat(access.roleIn(political)).contains(CHAIR);
        assertThat(access.mayChair(political)).isTrue();
        assertThat(access.mayView(political)).isTrue();
        assertThat(access.mayChair(economic)).isFalse();
        assertThat(access.mayView(economic)).isFalse();
        assertThatCode(() -> access.require(political, CHAIR)).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.require(economic, CHAIR)).isInstanceOf(AccessDeniedException.class);
        // In the opening plenary the same person sits as a delegate: there they do not chair.
        assertThat(access.roleIn(ids.room(16, PLENARY))).contains(DELEGATE);
        assertThat(access.mayChair(ids.room(16, PLENARY))).isFalse();
    }

    @Test
    @WithMockUser("eco.fao")
    void a_delegate_may_view_their_room_but_not_chair_it() {
        var economic = ids.room(16, ECONOMIC_SCIENTIFIC);

        assertThat(access.mayView(economic)).isTrue();
        assertThat(access.mayChair(economic)).isFalse();
        assertThat(access.hasRole(economic, DELEGATE)).isTrue();
        assertThatCode(() -> access.require(economic, DELEGATE)).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.require(economic, CHAIR)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> access.require(economic, RAPPORTEUR)).isInstanceOf(AccessDeniedException.class);
        assertThat(rooms.details(economic).myRole()).isEqualTo(DELEGATE);
    }

    @Test
    @WithMockUser("pol.observer")
    void an_observer_only_views() {
        var political = ids.room(16, POLITICAL);

        assertThat(access.mayView(political)).isTrue();
        assertThat(access.mayChair(political)).isFalse();
        assertThat(access.hasRole(political, OBSERVER)).isTrue();
        for (var acting : new RoomRole[]{CHAIR, RAPPORTEUR, DELEGATE}) {
            assertThatThrownBy(() -> access.require(political, acting)).isInstanceOf(AccessDeniedException.class);
        }
        var details = rooms.details(political);
        assertThat(details.myRole()).isEqualTo(OBSERVER);
        assertThat(details.admin()).isFalse();
    }

    @Test
    @WithMockUser("eco.fao")
    void someone_without_a_role_in_a_room_cannot_open_it() {
        var political = ids.room(16, POLITICAL);

        assertThat(access.mayView(political)).isFalse();
        assertThatThrownBy(() -> rooms.details(political)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rooms.details(ids.room(16, CULTURAL_SOCIAL_HUMANITARIAN)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
    void the_secretariat_may_view_and_chair_every_room_of_both_editions() {
        for (var edition : new int[]{15, 16}) {
            for (var kind : new RoomKind[]{PLENARY, POLITICAL, ECONOMIC_SCIENTIFIC, CULTURAL_SOCIAL_HUMANITARIAN}) {
                var room = ids.room(edition, kind);
                assertThat(access.mayView(room)).as("%s of edition %s", kind, edition).isTrue();
                assertThat(access.mayChair(room)).as("%s of edition %s", kind, edition).isTrue();
                var details = rooms.details(room);
                assertThat(details.admin()).isTrue();
                assertThat(details.myRole()).isNull();
            }
        }
        // Acting as chair, yes; speaking for an agency takes a delegate's assignment.
        assertThatCode(() -> access.require(ids.room(16, POLITICAL), CHAIR)).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.require(ids.room(16, POLITICAL), DELEGATE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser("eco.fao")
    void my_rooms_lists_only_the_users_rooms_with_their_role() {
        assertThat(myRooms(16)).isEqualTo(Map.of(PLENARY, DELEGATE, ECONOMIC_SCIENTIFIC, DELEGATE));
    }

    @Test
    @WithMockUser("pol.chair.un")
    void a_chair_finds_the_plenary_and_the_room_they_chair() {
        assertThat(myRooms(16)).isEqualTo(Map.of(PLENARY, DELEGATE, POLITICAL, CHAIR));
        assertThat(rooms.myRooms(ids.edition(16))).allSatisfy(room -> assertThat(room.mayEnter()).isTrue());
    }

    @Test
    @WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
    void the_secretariat_finds_every_room_of_the_edition_without_a_role() {
        var mine = rooms.myRooms(ids.edition(16));
        // tests of the live room add rooms of kind OTHER to the current edition (LiveRoomFixture); the demo has none
        assertThat(mine).extracting(room -> room.room().kind()).filteredOn(kind -> kind != RoomKind.OTHER)
                .containsExactly(PLENARY, POLITICAL, ECONOMIC_SCIENTIFIC, CULTURAL_SOCIAL_HUMANITARIAN);
        assertThat(mine).allSatisfy(room -> assertThat(room.role()).isNull());
    }

    @Test
    @WithMockUser("eco.chair.oic")
    void the_same_person_chairs_in_astana_but_was_rapporteur_in_geneva() {
        assertThat(myRooms(16)).isEqualTo(Map.of(PLENARY, DELEGATE, ECONOMIC_SCIENTIFIC, CHAIR));
        assertThat(myRooms(15)).isEqualTo(Map.of(PLENARY, DELEGATE, ECONOMIC_SCIENTIFIC, RAPPORTEUR));
        assertThat(access.mayChair(ids.room(16, ECONOMIC_SCIENTIFIC))).isTrue();
        assertThat(access.mayChair(ids.room(15, ECONOMIC_SCIENTIFIC))).isFalse();
        assertThat(access.mayView(ids.room(15, ECONOMIC_SCIENTIFIC))).isTrue();
        assertThat(access.hasRole(ids.room(15, ECONOMIC_SCIENTIFIC), RAPPORTEUR)).isTrue();
        assertThat(rooms.details(ids.room(15, ECONOMIC_SCIENTIFIC)).myRole()).isEqualTo(RAPPORTEUR);
    }

    @Test
    @WithMockUser("pol.rapporteur")
    void the_political_rapporteur_of_astana_was_a_delegate_in_geneva() {
        assertThat(access.roleIn(ids.room(16, POLITICAL))).contains(RAPPORTEUR);
        assertThat(access.roleIn(ids.room(15, POLITICAL))).contains(DELEGATE);
        assertThat(access.mayChair(ids.room(15, POLITICAL))).isFalse();
    }

    @Test
    @WithMockUser("pol.chair.un")
    void a_chair_of_astana_who_was_not_in_geneva_has_no_geneva_rooms() {
        assertThat(rooms.myRooms(ids.edition(15))).isEmpty();
        assertThat(access.mayChair(ids.room(15, POLITICAL))).isFalse();
        assertThatThrownBy(() -> rooms.details(ids.room(15, POLITICAL))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser("not.registered")
    void someone_signed_in_but_not_registered_as_a_participant_has_no_rooms() {
        assertThat(access.currentParticipantId()).isEmpty();
        assertThat(rooms.myRooms(ids.edition(16))).isEmpty();
        assertThat(access.mayView(ids.room(16, PLENARY))).isFalse();
        assertThatThrownBy(() -> rooms.details(ids.room(16, PLENARY))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithAnonymousUser
    void nobody_signed_out_reads_a_room() {
        var plenary = ids.room(16, PLENARY);
        assertThat(access.mayView(plenary)).isFalse();
        assertThatThrownBy(() -> rooms.details(plenary)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rooms.members(plenary, OBSERVER, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rooms.myRooms(ids.edition(16))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser("pol.chair.un")
    void a_room_lists_its_members_by_role_page_by_page() {
        var room = ids.room(16, POLITICAL);
        var details = rooms.details(room);

        // "contains": other tests may register more people; the demo's own members must all be there.
        assertThat(rooms.members(room, CHAIR, 0, 100)).extracting(RoomMember::fullName)
                .contains("Sophie Martin", "Tariq Mahmood");
        assertThat(rooms.members(room, RAPPORTEUR, 0, 100)).extracting(RoomMember::fullName).contains("Leila Haddad");
        var delegates = rooms.members(room, DELEGATE, 0, 1000);
        assertThat(delegates).extracting(RoomMember::fullName)
                .contains("Carlos Mendes", "Aisha Rahman", "Ibrahim Sall")
                .doesNotContain("Sophie Martin", "Leila Haddad", "Nurlan Seitkali", "Jean-Marc Lefèvre");
        assertThat(rooms.members(room, OBSERVER, 0, 100)).extracting(RoomMember::fullName).contains("Nurlan Seitkali");
        assertThat(details.memberCount(DELEGATE)).isEqualTo(delegates.size());
        // a page is a window on the same order
        assertThat(rooms.members(room, DELEGATE, 1, 2)).isEqualTo(delegates.subList(1, Math.min(3, delegates.size())));
        assertThat(rooms.members(room, DELEGATE, delegates.size(), 10)).isEmpty();
    }

    private Map<RoomKind, RoomRole> myRooms(int edition) {
        return rooms.myRooms(ids.edition(edition)).stream()
                .collect(Collectors.toMap(room -> room.room().kind(), MyRoom::role));
    }
}
