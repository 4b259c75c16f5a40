package org.majlis.permissions;

import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.LocalizedText;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorService;
import org.majlis.floor.StatementData;
import org.majlis.floor.StatementService;
import org.majlis.matrix.EntryData;
import org.majlis.matrix.EntryField;
import org.majlis.matrix.MatrixReferenceService;
import org.majlis.matrix.MatrixService;
import org.majlis.meetings.EditionData;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.OrganisationData;
import org.majlis.meetings.OrganisationFamily;
import org.majlis.meetings.OrganisationService;
import org.majlis.meetings.ParticipantData;
import org.majlis.meetings.ParticipantService;
import org.majlis.meetings.RoomAssignment;
import org.majlis.meetings.RoomData;
import org.majlis.meetings.RoomKind;
import org.majlis.meetings.RoomRole;
import org.majlis.meetings.RoomService;
import org.jspecify.annotations.Nullable;
import org.majlis.permissions.PermissionWorld.Cast;
import org.springframework.context.ApplicationContext;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import static org.majlis.permissions.Actors.as;
import static org.majlis.permissions.Actors.asAdmin;

/**
 * Brings a room into the state that an action of the permission table needs, acting as the room's own people (the
 * chair opens the item, the FAO delegate asks for the floor, the rapporteur drafts …), and returns the ids the
 * action takes. Every call makes new records, so no case depends on another.
 */
final class Stage {

    /**
     * The ids an action takes: {@code id} is the item, request, entry or comment; {@code version} its version (or the
     * entry's); {@code extra} a revision number or a review version where the action needs one; {@code payload} what
     * the action sends (an entry's new content, an organisation …), made beforehand so that the call is the action
     * alone.
     */
    record Target(long roomId, long id, long version, long extra, @Nullable Object payload) {

        Target(long roomId, long id, long version, long extra) {
            this(roomId, id, version, extra, null);
        }

        static Target room(long roomId) {
            return new Target(roomId, -1, -1, -1);
        }

        Target with(Object data) {
            return new Target(roomId, id, version, extra, data);
        }

        @SuppressWarnings("unchecked")
        <T> T data() {
            return (T) Objects.requireNonNull(payload, "the set-up gave the action no data");
        }
    }

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final PermissionWorld world;
    private final AgendaService agenda;
    private final FloorService floor;
    private final StatementService statements;
    private final MatrixService matrix;
    private final MatrixReferenceService references;
    private final EditionService editions;
    private final RoomService rooms;
    private final OrganisationService organisations;
    private final ParticipantService participants;
    final ReportStage reports;
    final ApiTokenStage apiTokens;
    final BigScreenStage screens;

    Stage(ApplicationContext context, PermissionWorld world) {
        this.world = world;
        this.references = context.getBean(MatrixReferenceService.class);
        this.editions = context.getBean(EditionService.class);
        this.rooms = context.getBean(RoomService.class);
        this.organisations = context.getBean(OrganisationService.class);
        this.participants = context.getBean(ParticipantService.class);
        this.agenda = context.getBean(AgendaService.class);
        this.floor = context.getBean(FloorService.class);
        this.statements = context.getBean(StatementService.class);
        this.matrix = context.getBean(MatrixService.class);
        this.reports = new ReportStage(context);
        this.apiTokens = new ApiTokenStage(context);
        this.screens = new BigScreenStage(context);
    }

    static int next() {
        return SEQUENCE.incrementAndGet();
    }

    // --- agenda ----------------------------------------------------------------------------------------------------

    static AgendaItemData item(String title) {
        return new AgendaItemData(LocalizedText.of(title, null, null), LocalizedText.empty(), 10, SpeakingLimits.none());
    }

    Target pendingItem(Cast cast) {
        var created = as(cast.chair(), () -> agenda.create(cast.roomId(), item("Pending item " + next())));
        return new Target(cast.roomId(), created.id(), created.version(), -1);
    }

    /** A pending item in a room where no item is open (one open item per room), ready to be opened. */
    Target itemToOpen(Cast cast) {
        as(cast.chair(), () -> agenda.currentItem(cast.roomId()).filter(i -> i.isOpen())
                .map(open -> agenda.close(cast.roomId(), open.id())));
        return pendingItem(cast);
    }

    /** A new item, open now. */
    Target openItem(Cast cast) {
        var pending = itemToOpen(cast);
        var opened = as(cast.chair(), () -> agenda.open(cast.roomId(), pending.id()));
        return new Target(cast.roomId(), opened.id(), opened.version(), -1);
    }

    Target closedItem(Cast cast) {
        var open = openItem(cast);
        var closed = as(cast.chair(), () -> agenda.close(cast.roomId(), open.id()));
        return new Target(cast.roomId(), closed.id(), closed.version(), -1);
    }

    /** Two pending items; {@code id} is the second, which can move up. */
    Target secondItem(Cast cast) {
        pendingItem(cast);
        return pendingItem(cast);
    }

    // --- floor -----------------------------------------------------------------------------------------------------

    /** The FAO delegate's waiting request on a newly opened item; {@code extra} is the item. */
    Target waitingRequest(Cast cast) {
        var item = openItem(cast);
        var request = as(cast.delegate(), () -> floor.requestFloor(cast.roomId(), item.id(), world.fao,
                FloorKind.STATEMENT));
        return new Target(cast.roomId(), request.id(), -1, item.id());
    }

    /** Two waiting requests (FAO, then IOFS); {@code id} is IOFS's, which can move up. */
    Target secondRequest(Cast cast) {
        var first = waitingRequest(cast);
        var second = as(cast.otherDelegate(), () -> floor.requestFloor(cast.roomId(), first.extra(), world.iofs,
                FloorKind.STATEMENT));
        return new Target(cast.roomId(), second.id(), -1, first.extra());
    }

    /** The FAO delegate has the floor. */
    Target speakingRequest(Cast cast) {
        var waiting = waitingRequest(cast);
        as(cast.chair(), () -> floor.grant(cast.roomId(), waiting.id(), null));
        return waiting;
    }

    /** The current speaker, whose clock the chair paused. */
    Target pausedRequest(Cast cast) {
        var speaking = speakingRequest(cast);
        as(cast.chair(), () -> floor.pause(cast.roomId(), speaking.id()));
        return speaking;
    }

    /** A waiting request whose delegate already wrote a statement; {@code version} is the statement's version. */
    Target statement(Cast cast) {
        var request = waitingRequest(cast);
        var written = as(cast.delegate(), () -> statements.submit(cast.roomId(), request.id(),
                StatementService.NO_STATEMENT, StatementData.text(LocalizedText.of("Our statement", null, null))));
        return new Target(cast.roomId(), request.id(), written.version(), request.extra());
    }

    // --- matrix ----------------------------------------------------------------------------------------------------

    /** FAO and IOFS lead, IsDB is a partner: both delegates' organisations are leads. */
    EntryData entryData(String title) {
        return new EntryData(uniqueCode(), LocalizedText.of(title, null, null), LocalizedText.empty(), world.fao,
                world.iofs, List.of(world.isdb), List.of("TD"), null, null, LocalizedText.empty(),
                LocalizedText.empty(), List.of(2), List.of(), null, null);
    }

    /** A one-row matrix CSV (the export's English headers) with the entry's code and title, FAO and IOFS leading. */
    static byte[] importFile(EntryData data) {
        return ("Reference code,Title,Lead UN entity,Lead OIC institution,Beneficiary member states\r\n"
                + data.code() + ",\"" + data.title().en() + "\",FAO,IOFS,Chad\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** FAO and SESRIC lead, IOFS is only a partner: only the FAO delegate may report on it. */
    EntryData reviewedEntryData() {
        return new EntryData(uniqueCode(), LocalizedText.of("Entry under review " + next(), null, null),
                LocalizedText.empty(), world.fao, world.sesric, List.of(world.iofs), List.of("TD"), null, null,
                LocalizedText.empty(), LocalizedText.empty(), List.of(2), List.of(), null, null);
    }

    private static String uniqueCode() {
        var n = next();
        return "PM" + (char) ('A' + n / 2600 % 26) + (char) ('A' + n / 100 % 26) + "-" + String.format(Locale.ROOT,
                "%02d", n % 100);
    }

    Target draft(Cast cast) {
        var entry = as(cast.rapporteur(), () -> matrix.draft(cast.roomId(), entryData("Draft " + next()), null));
        return entry(entry.entry().id(), entry.entry().version(), cast);
    }

    /** A draft that the FAO delegate proposed. */
    Target proposal(Cast cast) {
        var entry = as(cast.delegate(), () -> matrix.draft(cast.roomId(), entryData("Proposal " + next()), null));
        return entry(entry.entry().id(), entry.entry().version(), cast);
    }

    Target submitted(Cast cast) {
        var draft = draft(cast);
        var entry = as(cast.rapporteur(), () -> matrix.submit(draft.id(), draft.version()));
        return entry(entry.entry().id(), entry.entry().version(), cast);
    }

    /** The FAO delegate's proposal, submitted by them. */
    Target submittedProposal(Cast cast) {
        var proposal = proposal(cast);
        var entry = as(cast.delegate(), () -> matrix.submit(proposal.id(), proposal.version()));
        return entry(entry.entry().id(), entry.entry().version(), cast);
    }

    Target adopted(Cast cast) {
        var submitted = submitted(cast);
        var entry = as(cast.chair(), () -> matrix.adopt(submitted.id(), submitted.version()));
        return entry(entry.entry().id(), entry.entry().version(), cast);
    }

    /** The FAO delegate proposed new wording for a submitted entry: {@code id} is the amendment (a comment). */
    Target amendment(Cast cast) {
        var submitted = submitted(cast);
        var entry = as(cast.delegate(), () -> matrix.proposeAmendment(submitted.id(), EntryField.TITLE_EN,
                "Better title " + next(), null));
        var comment = entry.comments().getLast();
        return new Target(cast.roomId(), comment.id(), entry.entry().version(), submitted.id());
    }

    /** A draft with two revisions: {@code extra} is revision 1, the one to restore. */
    Target revised(Cast cast) {
        var draft = draft(cast);
        var edited = as(cast.rapporteur(), () -> matrix.update(draft.id(), draft.version(),
                draft.<EntryData>data(), null));
        return new Target(cast.roomId(), draft.id(), edited.entry().version(), 1);
    }

    /**
     * An entry adopted at the previous edition, in the previous room of the same kind (loaded by the secretariat),
     * under review in {@code cast}'s room: {@code extra} is the review's version (-1: no report yet).
     */
    Target underReview(Cast cast) {
        var entry = asAdmin(() -> matrix.importAdopted(cast.previousRoomId(), reviewedEntryData(), null));
        return new Target(cast.roomId(), entry.entry().id(), entry.entry().version(), -1);
    }

    /** An entry, with a retitled copy of its content as the data an edit sends. */
    private Target entry(long id, long version, Cast cast) {
        var data = asAdmin(() -> matrix.get(id)).entry().data();
        return new Target(cast.roomId(), id, version, -1, retitled(data));
    }

    static EntryData retitled(EntryData data) {
        return new EntryData(data.code(), LocalizedText.of("Retitled " + next(), null, null), data.description(),
                data.leadUnId(), data.leadOicId(), data.partnerIds(), data.beneficiaries(), data.startDate(),
                data.endDate(), data.expectedResults(), data.indicators(), data.sdgs(), data.oicAreaIds(),
                data.budget(), data.currency());
    }

    /** A room with a new entry's content to draft or load. */
    Target newEntry(Cast cast) {
        return Target.room(cast.roomId()).with(entryData("New entry " + next()));
    }

    // --- floor data ------------------------------------------------------------------------------------------------

    /** An open item, and the FAO delegate's organisation as the one to ask the floor for. */
    Target openItemForFao(Cast cast) {
        return openItem(cast).with(world.fao);
    }

    // --- rooms ----------------------------------------------------------------------------------------------------

    /** Opens the room if the secretariat closed it (reopening is recorded with a reason). */
    void open(long roomId) {
        asAdmin(() -> {
            var room = rooms.details(roomId).room();
            return room.open() ? room : rooms.reopen(roomId, room.version(), "Permission test continues");
        });
    }

    /** The secretariat closes the room (if open). */
    void close(long roomId) {
        asAdmin(() -> {
            var room = rooms.details(roomId).room();
            return room.open() ? rooms.close(roomId, room.version()) : room;
        });
    }

    /** A room of a test edition, open: {@code id} and {@code version} are the room's. */
    Target openTestRoom() {
        var room = testRoom();
        return new Target(-1, room.id(), room.version(), -1);
    }

    /** A room of a test edition, closed by the secretariat. */
    Target closedTestRoom() {
        var room = testRoom();
        var closed = asAdmin(() -> rooms.close(room.id(), room.version()));
        return new Target(-1, closed.id(), closed.version(), -1);
    }

    // --- the secretariat's set-up ----------------------------------------------------------------------------------

    Target sdg(int number) {
        var goal = asAdmin(() -> references.sdg(number));
        return new Target(-1, number, goal.version(), -1, goal.name());
    }

    Target newOicArea() {
        return Target.room(-1).with("PRM-" + next());
    }

    Target oicArea() {
        var area = asAdmin(() -> references.addOicArea("PRA-" + next(),
                LocalizedText.of("Permission test area", null, null)));
        return new Target(-1, area.id(), area.version(), -1, "PRB-" + next());
    }

    /** A free edition number and what the secretariat enters for it (test editions lie in the 20th century). */
    Target newEdition() {
        var number = asAdmin(() -> {
            var taken = editions.list().stream().map(e -> e.number()).collect(Collectors.toSet());
            return IntStream.range(700, 900).filter(n -> !taken.contains(n)).findFirst().orElseThrow();
        });
        return Target.room(-1).with(edition(number));
    }

    /** A test edition: {@code data} changes its city. */
    Target edition() {
        var created = asAdmin(() -> editions.create(newEdition().data()));
        var data = new EditionData(created.number(), LocalizedText.of("Renamed city", null, null),
                LocalizedText.empty(), created.startDate(), created.endDate(), null, null);
        return new Target(-1, created.id(), created.version(), -1, data);
    }

    Target newRoomOfTestEdition() {
        var edition = edition();
        return new Target(-1, edition.id(), -1, -1, new RoomData(RoomKind.POLITICAL,
                LocalizedText.of("Added room", null, null), true));
    }

    Target testRoom() {
        var edition = edition();
        var room = asAdmin(() -> rooms.create(edition.id(), new RoomData(RoomKind.POLITICAL,
                LocalizedText.of("Test room", null, null), true)));
        return new Target(-1, room.id(), room.version(), -1, new RoomData(RoomKind.POLITICAL,
                LocalizedText.of("Renamed room", null, null), true));
    }

    Target newOrganisation() {
        return Target.room(-1).with(organisationData());
    }

    Target organisation() {
        var created = asAdmin(() -> organisations.create(organisationData()));
        return new Target(-1, created.id(), created.version(), -1, organisationData());
    }

    Target newParticipant() {
        return Target.room(-1).with(participantData());
    }

    Target participant() {
        var created = asAdmin(() -> participants.create(participantData()));
        return new Target(-1, created.id(), created.version(), -1, participantData());
    }

    /** A participant and a room of a test edition to give them a role in: {@code extra} is the edition. */
    Target participantAndRoom() {
        var person = participant();
        var room = testRoom();
        var editionId = asAdmin(() -> rooms.details(room.id())).room().editionId();
        return new Target(-1, person.id(), person.version(), editionId,
                List.of(new RoomAssignment(room.id(), RoomRole.OBSERVER)));
    }

    static EditionData edition(int number) {
        return new EditionData(number, LocalizedText.of("Test city " + number, null, null), LocalizedText.empty(),
                LocalDate.of(1900 + number % 100, 3, 1), LocalDate.of(1900 + number % 100, 3, 3), null, null);
    }

    private static OrganisationData organisationData() {
        var n = next();
        return new OrganisationData(OrganisationFamily.OTHER, LocalizedText.of("Permission test body " + n, null, null),
                LocalizedText.of("PTB" + n, null, null), null);
    }

    private static ParticipantData participantData() {
        var n = next();
        return new ParticipantData("Permission test person " + n, "perm.person" + n + "@perm.example", null, null,
                "perm.person" + n);
    }
}
