package org.majlis.permissions;

import org.majlis.base.LocalizedText;
import org.majlis.meetings.EditionService;
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

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.majlis.permissions.Actors.asAdmin;

/**
 * The people and rooms the permission table is tried with, made once per test class in the current edition (so
 * that nothing is read-only for being past), with usernames of their own:
 * <ul>
 *   <li>the <b>room under test</b> (an economic working session) with a chair, a rapporteur, two delegates (FAO and
 *   IOFS) and an observer (a member state);</li>
 *   <li>a <b>forged room</b> of the same edition with a cast of its own: the ids of its items, requests and entries
 *   are what a forger passes to the room under test;</li>
 *   <li>a <b>closed room</b>, the same as the room under test but closed by the secretariat before each call
 *   (everything in it is set up while it is open);</li>
 *   <li>a third room whose chair has no role in either (the "role in another room" person), and a chair of the
 *   previous edition's room of the same kind (the "another edition" person).</li>
 * </ul>
 */
final class PermissionWorld {

    /** One room and its people; {@code previousRoomId} is the room of the same kind in the previous edition. */
    record Cast(long roomId, long editionId, long previousRoomId, String chair, String rapporteur, String delegate,
                String otherDelegate, String observer) {
    }

    final Cast room;
    final Cast forged;
    final Cast closed;
    final long fao;
    final long iofs;
    final long sesric;
    final long isdb;
    private final Map<Who, String> usernames = new EnumMap<>(Who.class);

    private PermissionWorld(ApplicationContext context) {
        var editions = context.getBean(EditionService.class);
        var rooms = context.getBean(RoomService.class);
        var organisations = context.getBean(OrganisationService.class);
        var participants = context.getBean(ParticipantService.class);
        var prefix = "perm" + UUID.randomUUID().toString().substring(0, 6) + ".";
        var all = asAdmin(organisations::list);
        fao = acronym(all, "FAO");
        iofs = acronym(all, "IOFS");
        sesric = acronym(all, "SESRIC");
        isdb = acronym(all, "IsDB");
        var turkey = all.stream().filter(o -> "TR".equals(o.countryCode())).findFirst().orElseThrow().id();
        room = asAdmin(() -> {
            var edition = editions.current().orElseThrow();
            var people = new People(participants, edition.id(), prefix);
            var own = rooms.create(edition.id(), new RoomData(RoomKind.ECONOMIC_SCIENTIFIC,
                    LocalizedText.of("Permission test room", null, null), true));
            var previous = rooms.previousEditionRoom(own.id()).orElseThrow().id();
            return people.cast("", own.id(), previous, turkey, new long[]{sesric, fao, iofs});
        });
        forged = asAdmin(() -> {
            var edition = editions.current().orElseThrow();
            var people = new People(participants, edition.id(), prefix);
            var other = rooms.create(edition.id(), new RoomData(RoomKind.POLITICAL,
                    LocalizedText.of("Permission test room (forged ids)", null, null), true));
            var previous = rooms.previousEditionRoom(other.id()).orElseThrow().id();
            return people.cast("forged.", other.id(), previous, turkey, new long[]{sesric, fao, iofs});
        });
        closed = asAdmin(() -> {
            var edition = editions.current().orElseThrow();
            var people = new People(participants, edition.id(), prefix);
            var shut = rooms.create(edition.id(), new RoomData(RoomKind.ECONOMIC_SCIENTIFIC,
                    LocalizedText.of("Permission test room (closed)", null, null), true));
            var previous = rooms.previousEditionRoom(shut.id()).orElseThrow().id();
            return people.cast("closed.", shut.id(), previous, turkey, new long[]{sesric, fao, iofs});
        });
        var otherRoomChair = prefix + "elsewhere";
        var pastChair = prefix + "past";
        asAdmin(() -> {
            var edition = editions.current().orElseThrow();
            var third = rooms.create(edition.id(), new RoomData(RoomKind.CULTURAL_SOCIAL_HUMANITARIAN,
                    LocalizedText.of("Permission test room (elsewhere)", null, null), true));
            new People(participants, edition.id(), prefix).person(otherRoomChair, sesric, third.id(), RoomRole.CHAIR);
            var pastEdition = rooms.details(room.previousRoomId()).room().editionId();
            new People(participants, pastEdition, prefix).person(pastChair, fao, room.previousRoomId(),
                    RoomRole.CHAIR);
            return null;
        });
        usernames.put(Who.SECRETARIAT, Actors.ADMIN);
        usernames.put(Who.CHAIR, room.chair());
        usernames.put(Who.RAPPORTEUR, room.rapporteur());
        usernames.put(Who.DELEGATE, room.delegate());
        usernames.put(Who.OTHER_DELEGATE, room.otherDelegate());
        usernames.put(Who.OBSERVER, room.observer());
        usernames.put(Who.OTHER_ROOM, otherRoomChair);
        usernames.put(Who.OTHER_EDITION, pastChair);
    }

    static PermissionWorld create(ApplicationContext context) {
        return new PermissionWorld(context);
    }

    /** The username that acts as {@code who}. */
    String username(Who who) {
        return usernames.get(who);
    }

    private static long acronym(List<OrganisationSummary> all, String acronym) {
        return all.stream().filter(o -> acronym.equals(o.acronym().en())).findFirst().orElseThrow().id();
    }

    /** Registers people with one role each in one edition. */
    private static final class People {

        private final ParticipantService participants;
        private final long editionId;
        private final String prefix;

        People(ParticipantService participants, long editionId, String prefix) {
            this.participants = participants;
            this.editionId = editionId;
            this.prefix = prefix;
        }

        Cast cast(String tag, long roomId, long previousRoomId, long memberState, long[] orgs) {
            var p = prefix + tag;
            person(p + "chair", orgs[0], roomId, RoomRole.CHAIR);
            person(p + "rapporteur", orgs[0], roomId, RoomRole.RAPPORTEUR);
            person(p + "fao", orgs[1], roomId, RoomRole.DELEGATE);
            person(p + "iofs", orgs[2], roomId, RoomRole.DELEGATE);
            person(p + "observer", memberState, roomId, RoomRole.OBSERVER);
            return new Cast(roomId, editionId, previousRoomId, p + "chair", p + "rapporteur", p + "fao", p + "iofs",
                    p + "observer");
        }

        void person(String username, long organisationId, long roomId, RoomRole role) {
            var created = participants.create(new ParticipantData("Person " + username, username + "@perm.example",
                    organisationId, null, username));
            participants.assign(created.id(), created.version(), editionId, List.of(new RoomAssignment(roomId, role)));
        }
    }
}
