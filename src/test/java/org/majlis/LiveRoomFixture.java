package org.majlis;

import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.LocalizedText;
import org.majlis.meetings.EditionData;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.EditionSummary;
import org.majlis.meetings.OrganisationFamily;
import org.majlis.meetings.OrganisationService;
import org.majlis.meetings.OrganisationSummary;
import org.majlis.meetings.ParticipantData;
import org.majlis.meetings.ParticipantService;
import org.majlis.meetings.RoomAssignment;
import org.majlis.meetings.RoomData;
import org.majlis.meetings.RoomKind;
import org.majlis.meetings.RoomRole;
import org.majlis.meetings.RoomService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Two fresh rooms and their own people (unique usernames), so tests of the live room never depend on each other or
 * on the demo rooms: a chair, a rapporteur, delegates (each for a member state), an observer, and the chair of the
 * other room. The rooms are added to the current edition (the demo's 16th), because only its rooms can be changed
 * by their participants; they are of kind {@code OTHER}, so they review nothing and no test that looks for the
 * demo's rooms by kind finds them. {@link #createInPastEdition} makes the same in an edition of its own in the
 * 20th century, which is over (the demo's 16th stays the current one): its rooms are read-only for their people.
 */
public final class LiveRoomFixture {

    public final long editionId;
    public final long roomId;
    public final long otherRoomId;
    public final String chair;
    public final String secondChair;
    public final String rapporteur;
    public final String observer;
    public final String otherRoomChair;
    public final List<String> delegates = new ArrayList<>();
    public final List<Long> delegateOrganisations = new ArrayList<>();
    public final List<Long> delegateParticipants = new ArrayList<>();

    private final RoomService roomService;

    private LiveRoomFixture(ApplicationContext context, int delegateCount, boolean pastEdition) {
        var prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + ".";
        var editions = context.getBean(EditionService.class);
        var rooms = context.getBean(RoomService.class);
        var organisations = context.getBean(OrganisationService.class);
        var participants = context.getBean(ParticipantService.class);
        this.roomService = rooms;
        var result = asAdmin(() -> {
            var edition = pastEdition ? pastEdition(editions) : editions.current().orElseThrow();
            var room = rooms.create(edition.id(), new RoomData(RoomKind.OTHER,
                    LocalizedText.of("Economic test room", "Salle économique", "قاعة اقتصادية"), true));
            var other = rooms.create(edition.id(), new RoomData(RoomKind.OTHER,
                    LocalizedText.of("Political test room", null, null), true));
            var states = organisations.list(OrganisationFamily.MEMBER_STATE);
            var un = organisations.list(OrganisationFamily.UN);
            var people = new Object() {
                long person(String username, OrganisationSummary organisation, long roomId, RoomRole role) {
                    var created = participants.create(new ParticipantData("Person " + username,
                            username + "@test.example", organisation.id(), null, username));
                    participants.assign(created.id(), created.version(), edition.id(),
                            List.of(new RoomAssignment(roomId, role)));
                    return created.id();
                }
            };
            people.person(prefix + "chair", un.get(0), room.id(), RoomRole.CHAIR);
            people.person(prefix + "chair2", un.get(1), room.id(), RoomRole.CHAIR);
            people.person(prefix + "rapporteur", un.get(2), room.id(), RoomRole.RAPPORTEUR);
            people.person(prefix + "observer", states.get(0), room.id(), RoomRole.OBSERVER);
            people.person(prefix + "otherchair", un.get(3), other.id(), RoomRole.CHAIR);
            var delegateIds = new ArrayList<Long>();
            var delegateOrgs = new ArrayList<Long>();
            for (var i = 0; i < delegateCount; i++) {
                var organisation = states.get(i % states.size());
                delegateIds.add(people.person(prefix + "delegate" + i, organisation, room.id(), RoomRole.DELEGATE));
                delegateOrgs.add(organisation.id());
            }
            return new long[][]{{edition.id(), room.id(), other.id()},
                    delegateIds.stream().mapToLong(Long::longValue).toArray(),
                    delegateOrgs.stream().mapToLong(Long::longValue).toArray()};
        });
        this.editionId = result[0][0];
        this.roomId = result[0][1];
        this.otherRoomId = result[0][2];
        this.chair = prefix + "chair";
        this.secondChair = prefix + "chair2";
        this.rapporteur = prefix + "rapporteur";
        this.observer = prefix + "observer";
        this.otherRoomChair = prefix + "otherchair";
        for (var i = 0; i < delegateCount; i++) {
            delegates.add(prefix + "delegate" + i);
            delegateParticipants.add(result[1][i]);
            delegateOrganisations.add(result[2][i]);
        }
    }

    public static LiveRoomFixture create(ApplicationContext context, int delegates) {
        return new LiveRoomFixture(context, delegates, false);
    }

    /** The same people and rooms in an edition of their own that is over: the rooms are read-only for them. */
    public static LiveRoomFixture createInPastEdition(ApplicationContext context, int delegates) {
        return new LiveRoomFixture(context, delegates, true);
    }

    /** The secretariat closes the room (recorded); returns nothing, the room's state is read where needed. */
    public void closeRoom() {
        asAdmin(() -> {
            var room = roomService.details(roomId).room();
            return roomService.close(roomId, room.version());
        });
    }

    /** The secretariat reopens the room with a reason. */
    public void reopenRoom(String reason) {
        asAdmin(() -> {
            var room = roomService.details(roomId).room();
            return roomService.reopen(roomId, room.version(), reason);
        });
    }

    /** A new edition in the 20th century, long over (numbers from 300 on; other tests use the 900s). */
    private static synchronized EditionSummary pastEdition(EditionService editions) {
        var taken = editions.list().stream().map(e -> e.number()).collect(java.util.stream.Collectors.toSet());
        var number = java.util.stream.IntStream.range(300, 900).filter(n -> !taken.contains(n)).findFirst()
                .orElseThrow();
        return editions.create(new EditionData(number, LocalizedText.of("Test city " + number, null, null),
                LocalizedText.empty(), LocalDate.of(1900 + number % 100, 1, 10),
                LocalDate.of(1900 + number % 100, 1, 12), null, null));
    }

    /** The chair adds an agenda item (English title, no speaking limits) and opens it: the floor's current item. */
    public AgendaItemSummary openItem(AgendaService agenda, String title) {
        var created = as(chair, () -> agenda.create(roomId, new AgendaItemData(
                LocalizedText.of(title, null, null), LocalizedText.empty(), 30, SpeakingLimits.none())));
        return as(chair, () -> agenda.open(roomId, created.id()));
    }

    public String delegate(int index) {
        return delegates.get(index);
    }

    public long organisationOf(int delegateIndex) {
        return delegateOrganisations.get(delegateIndex);
    }

    /** Runs as the given user (room roles come from their assignments), on this thread. */
    public static <T> T as(String username, Supplier<T> action) {
        return runWith(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList("ROLE_USER")), action);
    }

    public static void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    public static <T> T asAdmin(Supplier<T> action) {
        return runWith(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                AuthorityUtils.createAuthorityList("ROLE_USER", "ROLE_ADMIN")), action);
    }

    private static <T> T runWith(UsernamePasswordAuthenticationToken authentication, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(authentication));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
