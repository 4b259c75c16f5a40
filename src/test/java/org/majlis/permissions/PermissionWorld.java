package org.majlis.permissions;

import org.jspecify.annotations.Nullable;
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
import java.util.Objects;
import java.util.UUID;

import static org.majlis.permissions.Actors.asAdmin;

/**
 * The people and rooms the permission table is tried with, made once per test class in the current edition (so
 * that nothing is read-only for being past), with usernames of their own; the rooms are of kind {@code OTHER}, so
 * the demo's rooms stay the only ones of their kind:
 * <ul>
 *   <li>the <b>room under test</b> with a chair, a rapporteur, two delegates (FAO and IOFS) and an observer (a
 *   member state); it reviews a room of its own in the previous edition;</li>
 *   <li>a <b>forged room</b> of the same edition with a cast of its own: the ids of its items, requests and entries
 *   (and of the entries it reviews, the previous edition's economic session's) are what a forger passes to the
 *   room under test;</li>
 *   <li>a <b>closed room</b>, the same as the room under test but closed by the secretariat before each call
 *   (everything in it is set up while it is open);</li>
 *   <li>a third room whose chair has no role in either (the "role in another room" person), and a chair of the
 *   previous edition's room of the same kind (the "another edition" person).</li>
 * </ul>
 */
final class PermissionWorld {

    /** One room and its people; {@code previousRoomId} is the room whose entries it reviews. */
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
        // Rooms of kind OTHER, so the demo's rooms stay the only ones of their kind (other tests look them up by
        // kind). The review needs a room of the same kind in the previous edition: one OTHER room there too.
        var pastRoom = asAdmin(() -> {
            var edition = editions.current().orElseThrow();
            var previous = editions.get(edition.id()).previousEditionId();
            return rooms.create(Objects.requireNonNull(previous), new RoomData(RoomKind.OTHER,
                    LocalizedText.of("Permission test room (previous edition)", null, null), true)).id();
        });
        room = cast(editions, rooms, participants, prefix, "", "Permission test room", turkey, null);
        // the forged room's entries under review are the previous edition's economic session's, not the room's
        var genevaEconomic = asAdmin(() -> {
            var previous = rooms.details(pastRoom).room().editionId();
            return rooms.rooms(previous).stream().filter(r -> r.kind() == RoomKind.ECONOMIC_SCIENTIFIC)
                    .findFirst().orElseThrow().id();
        });
        forged = cast(editions, rooms, participants, prefix, "forged.", "Permission test room (forged ids)", turkey,
                genevaEconomic);
        closed = cast(editions, rooms, participants, prefix, "closed.", "Permission test room (closed)", turkey, null);
        if (room.previousRoomId() != pastRoom || forged.previousRoomId() == pastRoom) {
            throw new IllegalStateException("The permission test rooms do not review the rooms they should");
        }
        var otherRoomChair = prefix + "elsewhere";
        var pastChair = prefix + "past";
        asAdmin(() -> {
            var edition = editions.current().orElseThrow();
            var third = rooms.create(edition.id(), new RoomData(RoomKind.OTHER,
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

    /**
     * A room of the current edition and its people; its previous room is the previous edition's room of the same
     * kind, unless {@code previousRoomId} names another.
     */
    private Cast cast(EditionService editions, RoomService rooms, ParticipantService participants, String prefix,
                      String tag, String title, long memberState, @Nullable Long previousRoomId) {
        return asAdmin(() -> {
            var edition = editions.current().orElseThrow();
            var created = rooms.create(edition.id(), new RoomData(RoomKind.OTHER,
                    LocalizedText.of(title, null, null), true));
            var previous = previousRoomId != null ? previousRoomId
                    : rooms.previousEditionRoom(created.id()).orElseThrow().id();
            return new People(participants, edition.id(), prefix).cast(tag, created.id(), previous, memberState,
                    new long[]{sesric, fao, iofs});
        });
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
