package org.majlis.floor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomFixture;
import org.majlis.MajlisSpringTest;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.agenda.AgendaService;
import org.majlis.base.NotFoundException;
import org.majlis.base.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.LiveRoomFixture.as;
import static org.majlis.LiveRoomFixture.asAdmin;

/**
 * The big screen's links and its one read: only a chair of the room and the secretariat make, list and revoke links,
 * within the room (another room's link is not found); the screen reads by its link alone, without any account, only
 * its own room and only public fields; a revoked link shows nothing from the moment it is revoked.
 */
@MajlisSpringTest
class BigScreenServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    BigScreenService screens;
    @Autowired
    FloorService floor;
    @Autowired
    AgendaService agenda;
    @Autowired
    JdbcTemplate jdbc;

    LiveRoomFixture room;
    AgendaItemSummary item;

    @BeforeEach
    void aRoomWithAnOpenItem() {
        room = LiveRoomFixture.create(context, 5);
        item = room.openItem(agenda, "Food security");
    }

    @Test
    void a_chair_makes_a_link_whose_screen_shows_the_item_the_speaker_and_the_next_three_without_an_account() {
        for (var i = 0; i < 5; i++) {
            ask(i, FloorKind.STATEMENT);
        }
        as(room.chair, () -> floor.grantNext(room.roomId, item.id(), null));
        var issued = as(room.chair, () -> screens.create(room.roomId));

        var screen = anonymous(() -> screens.show(issued.token())).orElseThrow();

        assertThat(screen.roomId()).isEqualTo(room.roomId);
        assertThat(screen.item()).isEqualTo(new BigScreen.Item(item.number(), item.title()));
        assertThat(screen.speaker()).isNotNull();
        assertThat(screen.speaker().name()).isEqualTo("Person " + room.delegate(0));
        assertThat(screen.speaker().kind()).isEqualTo(FloorKind.STATEMENT);
        assertThat(screen.speaker().timer().running()).isTrue();
        assertThat(screen.next()).extracting(BigScreen.Waiting::name)
                .containsExactly("Person " + room.delegate(1), "Person " + room.delegate(2),
                        "Person " + room.delegate(3));
        // and with no security context at all (a push on a background thread of a page without a user)
        assertThat(withoutAnyone(() -> screens.show(issued.token()))).get()
                .usingRecursiveComparison().ignoringFields("now").isEqualTo(screen);
    }

    @Test
    void the_list_shows_who_made_a_link_and_when_it_was_last_used_never_its_secret() {
        var issued = as(room.chair, () -> screens.create(room.roomId));
        assertThat(as(room.chair, () -> screens.links(room.roomId))).singleElement()
                .satisfies(link -> {
                    assertThat(link.createdBy()).isEqualTo("Person " + room.chair);
                    assertThat(link.lastUsedAt()).isNull();
                    assertThat(issued.token()).startsWith(link.prefix());
                    assertThat(link.toString()).doesNotContain(issued.token());
                });
        anonymous(() -> screens.show(issued.token()));

        assertThat(as(room.secondChair, () -> screens.links(room.roomId))).singleElement()
                .satisfies(link -> assertThat(link.lastUsedAt()).isNotNull());
        assertThat(jdbc.queryForObject("select count(*) from screen_link where token_hash = ? or token_prefix = ?",
                Long.class, issued.token(), issued.token())).isZero();
    }

    @Test
    void a_revoked_link_shows_nothing_at_once_and_leaves_the_list() {
        var issued = as(room.chair, () -> screens.create(room.roomId));
        var kept = as(room.chair, () -> screens.create(room.roomId));
        assertThat(anonymous(() -> screens.show(issued.token()))).isPresent();

        var revoked = as(room.secondChair, () -> screens.revoke(room.roomId, issued.summary().id()));

        assertThat(revoked.revoked()).isTrue();
        assertThat(revoked.revokedBy()).isEqualTo("Person " + room.secondChair);
        assertThat(anonymous(() -> screens.show(issued.token()))).isEmpty();
        assertThat(anonymous(() -> screens.show(kept.token()))).isPresent();
        assertThat(as(room.chair, () -> screens.links(room.roomId))).extracting(ScreenLinkSummary::id)
                .containsExactly(kept.summary().id());
        // revoking again changes nothing
        assertThat(as(room.chair, () -> screens.revoke(room.roomId, issued.summary().id())).revokedAt())
                .isEqualTo(revoked.revokedAt());
    }

    @Test
    void an_unknown_a_malformed_or_a_forged_secret_shows_nothing() {
        var issued = as(room.chair, () -> screens.create(room.roomId));
        var token = issued.token();
        var changedOneCharacter = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);

        for (var forged : new String[] {"", "x", changedOneCharacter, token + "A", token.substring(1), "../" + token,
                token.toUpperCase().equals(token) ? token.toLowerCase() : token.toUpperCase()}) {
            assertThat(anonymous(() -> screens.show(forged))).as(forged).isEmpty();
        }
    }

    @Test
    void a_link_of_room_a_never_shows_room_b() {
        var otherItem = as(room.otherRoomChair, () -> agenda.open(room.otherRoomId, agenda.create(room.otherRoomId,
                new org.majlis.agenda.AgendaItemData(org.majlis.base.LocalizedText.of("Other room's item", null, null),
                        org.majlis.base.LocalizedText.empty(), 10, org.majlis.agenda.SpeakingLimits.none())).id()));
        var ofA = as(room.chair, () -> screens.create(room.roomId));
        var ofB = as(room.otherRoomChair, () -> screens.create(room.otherRoomId));

        var screenA = anonymous(() -> screens.show(ofA.token())).orElseThrow();
        var screenB = anonymous(() -> screens.show(ofB.token())).orElseThrow();

        assertThat(screenA.roomId()).isEqualTo(room.roomId);
        assertThat(screenA.item().title().en()).isEqualTo("Food security");
        assertThat(screenB.roomId()).isEqualTo(room.otherRoomId);
        assertThat(screenB.item().title()).isEqualTo(otherItem.title());
    }

    @Test
    void the_screen_holds_only_public_fields_no_refusal_reason_email_request_id_or_statement() {
        var refused = ask(0, FloorKind.RIGHT_OF_REPLY);
        as(room.chair, () -> floor.refuse(room.roomId, refused.id(), "Confidential reason XYZ"));
        var speaking = ask(1, FloorKind.STATEMENT);
        ask(2, FloorKind.QUESTION);
        as(room.chair, () -> floor.grantNext(room.roomId, item.id(), null));
        var issued = as(room.chair, () -> screens.create(room.roomId));

        var screen = anonymous(() -> screens.show(issued.token())).orElseThrow();

        assertThat(names(BigScreen.class)).containsExactly("roomId", "item", "speaker", "next", "now");
        assertThat(names(BigScreen.Item.class)).containsExactly("number", "title");
        assertThat(names(BigScreen.Speaker.class)).containsExactly("name", "organisation", "kind", "timer");
        assertThat(names(BigScreen.Waiting.class)).containsExactly("name", "organisation", "kind");
        var shown = screen.toString();
        assertThat(shown).doesNotContain("Confidential reason XYZ", "@test.example", "requestId",
                "id=" + speaking.id());
        assertThat(screen.next()).extracting(BigScreen.Waiting::kind).containsExactly(FloorKind.QUESTION);
    }

    @Test
    void the_secretariat_and_both_chairs_may_make_links_delegates_observers_rapporteurs_and_other_rooms_chairs_not() {
        assertThat(asAdmin(() -> screens.create(room.roomId)).summary().createdBy()).isNotBlank();
        as(room.secondChair, () -> screens.create(room.roomId));
        var link = as(room.chair, () -> screens.create(room.roomId));
        var before = linksOfRoom();

        for (var outsider : new String[] {room.delegate(0), room.observer, room.rapporteur, room.otherRoomChair}) {
            assertThatThrownBy(() -> as(outsider, () -> screens.create(room.roomId)))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(outsider, () -> screens.links(room.roomId)))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(outsider, () -> screens.revoke(room.roomId, link.summary().id())))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> anonymous(() -> screens.create(room.roomId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(linksOfRoom()).isEqualTo(before);
        assertThat(anonymous(() -> screens.show(link.token()))).isPresent();
    }

    @Test
    void a_chair_cannot_revoke_another_rooms_link_through_their_own_room_nor_list_another_room() {
        var ofB = as(room.otherRoomChair, () -> screens.create(room.otherRoomId));

        // the chair's own room id with the other room's link: not found
        assertThatThrownBy(() -> as(room.chair, () -> screens.revoke(room.roomId, ofB.summary().id())))
                .isInstanceOf(NotFoundException.class);
        // the other room's id: not their room
        assertThatThrownBy(() -> as(room.chair, () -> screens.revoke(room.otherRoomId, ofB.summary().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(room.chair, () -> screens.links(room.otherRoomId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(anonymous(() -> screens.show(ofB.token()))).isPresent();
    }

    @Test
    void in_a_closed_room_only_the_secretariat_makes_or_revokes_links_and_the_screen_still_shows_the_room() {
        var link = as(room.chair, () -> screens.create(room.roomId));
        room.closeRoom();

        assertThatThrownBy(() -> as(room.chair, () -> screens.create(room.roomId)))
                .isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> as(room.chair, () -> screens.revoke(room.roomId, link.summary().id())))
                .isInstanceOf(RefusedException.class);
        assertThat(anonymous(() -> screens.show(link.token()))).isPresent();
        asAdmin(() -> screens.revoke(room.roomId, link.summary().id()));
        assertThat(anonymous(() -> screens.show(link.token()))).isEmpty();
    }

    private FloorRequestSummary ask(int delegate, FloorKind kind) {
        return as(room.delegate(delegate),
                () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(delegate), kind));
    }

    private long linksOfRoom() {
        return jdbc.queryForObject("select count(*) from screen_link where room_id = ? and revoked_at is null",
                Long.class, room.roomId);
    }

    private static String[] names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toArray(String[]::new);
    }

    /** As a page opened without signing in: Spring Security's anonymous user. */
    private static <T> T anonymous(Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(new AnonymousAuthenticationToken("screen",
                "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** With no authentication at all, as on a thread that has none. */
    private static <T> T withoutAnyone(Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
