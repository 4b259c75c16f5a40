package org.majlis.audit;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomFixture;
import org.majlis.MajlisSpringTest;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.agenda.AgendaService;
import org.majlis.base.InvalidInputException;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.export.Format;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorService;
import org.majlis.floor.SpeakerOrder;
import org.majlis.floor.StatementData;
import org.majlis.floor.StatementService;
import org.majlis.matrix.MatrixFixtures;
import org.majlis.matrix.MatrixService;
import org.majlis.meetings.AccountLinkFixtures;
import org.majlis.meetings.AccountLinks;
import org.majlis.meetings.OrganisationData;
import org.majlis.meetings.ParticipantData;
import org.majlis.meetings.ParticipantService;
import org.majlis.report.ReportService;
import org.majlis.meetings.OrganisationFamily;
import org.majlis.meetings.OrganisationService;
import org.majlis.meetings.RoomData;
import org.majlis.meetings.RoomKind;
import org.majlis.meetings.RoomService;
import org.majlis.security.ApiClientAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.LiveRoomFixture.as;
import static org.majlis.LiveRoomFixture.asAdmin;

/**
 * The audit trail on real MariaDB: changes made through the real services leave entries with the right actor, kind,
 * record, action and room, in the change's transaction (a rolled-back or refused change leaves none); the filters
 * find them; the exports hold the filtered rows; only the secretariat may read it.
 */
@MajlisSpringTest
class AuditTrailTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditService audit;
    @Autowired
    AgendaService agenda;
    @Autowired
    FloorService floor;
    @Autowired
    RoomService rooms;
    @Autowired
    OrganisationService organisations;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ParticipantService participants;
    @Autowired
    AccountLinks accountLinks;
    @Autowired
    StatementService statements;
    @Autowired
    MatrixService matrix;
    @Autowired
    MatrixFixtures matrixFixtures;
    @Autowired
    ReportService reports;

    LiveRoomFixture room;
    AgendaItemSummary item;

    @BeforeEach
    void setUp() {
        room = LiveRoomFixture.create(context, 3);
        item = room.openItem(agenda, "Audited item");
    }

    private List<AuditEntrySummary> inRoom() {
        return asAdmin(() -> audit.entries(AuditFilter.all().withRoom(room.roomId), 0, 500));
    }

    private AuditEntrySummary only(List<AuditEntrySummary> entries, AuditKind kind, long recordId, String action) {
        var found = entries.stream().filter(e -> e.kind() == kind && Long.valueOf(recordId).equals(e.recordId())
                && e.action().equals(action)).toList();
        assertThat(found).as("%s %s #%d in %s", action, kind, recordId, entries).hasSize(1);
        return found.getFirst();
    }

    @Test
    void the_floor_the_agenda_and_roles_are_recorded_with_the_account_that_acted_and_the_room() {
        var ask = as(room.delegate(0), () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(0),
                FloorKind.STATEMENT));
        var refused = as(room.delegate(1), () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(1),
                FloorKind.STATEMENT));
        as(room.chair, () -> floor.grant(room.roomId, ask.id(), null));
        as(room.chair, () -> floor.addTime(room.roomId, ask.id(), 60));
        as(room.secondChair, () -> floor.endIntervention(room.roomId, ask.id()));
        as(room.chair, () -> floor.refuse(room.roomId, refused.id(), "Out of time"));
        as(room.chair, () -> floor.setOrder(room.roomId, SpeakerOrder.PROTOCOL));

        var entries = inRoom();
        var requested = only(entries, AuditKind.FLOOR_REQUEST, ask.id(), "FLOOR_REQUESTED");
        assertThat(requested.actorUsername()).as("the asker, not the group commit's leader").isEqualTo(room.delegate(0));
        assertThat(requested.actorKind()).isEqualTo(AuditActorKind.PERSON);
        assertThat(requested.editionId()).isEqualTo(room.editionId);
        assertThat(only(entries, AuditKind.FLOOR_REQUEST, refused.id(), "FLOOR_REQUESTED").actorUsername())
                .isEqualTo(room.delegate(1));
        var given = only(entries, AuditKind.FLOOR_REQUEST, ask.id(), "FLOOR_GIVEN");
        assertThat(given.actorUsername()).isEqualTo(room.chair);
        assertThat(given.detail()).contains("status: WAITING → SPEAKING");
        assertThat(only(entries, AuditKind.FLOOR_REQUEST, ask.id(), "TIME_ADDED").detail())
                .contains("addedSeconds: 0 → 60");
        assertThat(only(entries, AuditKind.FLOOR_REQUEST, ask.id(), "FLOOR_ENDED").actorUsername())
                .isEqualTo(room.secondChair);
        assertThat(only(entries, AuditKind.FLOOR_REQUEST, refused.id(), "FLOOR_REFUSED").detail())
                .contains("refusalReason: ∅ → \"Out of time\"");
        assertThat(only(entries, AuditKind.FLOOR_ORDER, room.roomId, "ORDER_SWITCHED").detail())
                .contains("order=PROTOCOL");
        assertThat(only(entries, AuditKind.AGENDA_ITEM, item.id(), "CREATED").actorUsername()).isEqualTo(room.chair);
        assertThat(only(entries, AuditKind.AGENDA_ITEM, item.id(), "ITEM_OPENED").roomId()).isEqualTo(room.roomId);
        // the fixture's roles: the record is the participant, in the room
        var delegateRole = only(entries, AuditKind.ROLE, room.delegateParticipants.get(0), "ROLE_GIVEN");
        assertThat(delegateRole.actorUsername()).isEqualTo("admin");
        assertThat(delegateRole.detail()).contains("role=DELEGATE");
        // newest first
        assertThat(entries).isSortedAccordingTo((a, b) -> b.at().compareTo(a.at()) != 0 ? b.at().compareTo(a.at())
                : Long.compare(b.id(), a.id()));
    }

    @Test
    void rooms_and_organisations_are_recorded_with_old_and_new_values_and_closing_with_its_own_action() {
        var before = asAdmin(() -> rooms.details(room.roomId).room());
        asAdmin(() -> rooms.update(room.roomId, before.version(), new RoomData(RoomKind.OTHER,
                LocalizedText.of("Renamed test room", "Salle économique", "قاعة اقتصادية"), true)));
        room.closeRoom();
        var organisation = asAdmin(() -> organisations.create(new OrganisationData(OrganisationFamily.OTHER,
                LocalizedText.of("Audited body " + UUID.randomUUID(), null, null), LocalizedText.empty(), null, null)));

        var entries = inRoom();
        var renamed = only(entries, AuditKind.ROOM, room.roomId, "CHANGED");
        assertThat(renamed.detail()).isEqualTo("title.en: \"Economic test room\" → \"Renamed test room\"");
        assertThat(renamed.editionId()).isEqualTo(room.editionId);
        assertThat(only(entries, AuditKind.ROOM, room.roomId, "ROOM_CLOSED").actorUsername()).isEqualTo("admin");
        var created = asAdmin(() -> audit.entries(AuditFilter.all().withRecord(AuditKind.ORGANISATION,
                organisation.id()), 0, 10));
        assertThat(created).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("CREATED");
            assertThat(entry.actorUsername()).isEqualTo("admin");
            assertThat(entry.roomId()).isNull();
            assertThat(entry.detail()).contains("family=OTHER", "name=\"Audited body");
        });
    }

    private AuditEntrySummary history(AuditKind kind, long recordId, String action) {
        return only(asAdmin(() -> audit.entries(AuditFilter.all().withRecord(kind, recordId), 0, 100)), kind,
                recordId, action);
    }

    @Test
    void editions_participants_account_links_statements_matrix_entries_and_reports_answer_who_changed_them() {
        var past = LiveRoomFixture.createInPastEdition(context, 0);
        assertThat(history(AuditKind.EDITION, past.editionId, "CREATED").actorUsername()).isEqualTo("admin");
        assertThat(history(AuditKind.ROOM, past.roomId, "CREATED").editionId()).isEqualTo(past.editionId);

        var email = UUID.randomUUID().toString().substring(0, 12) + "@audit.example";
        var participant = asAdmin(() -> participants.create(new ParticipantData("Audit Person", email, null, null,
                null)));
        asAdmin(() -> {
            AccountLinkFixtures.linkAccountByEmail(accountLinks, email);
            return null;
        });
        var linked = asAdmin(() -> participants.get(participant.id()));
        asAdmin(() -> participants.unlinkAccount(participant.id(), linked.version()));
        assertThat(history(AuditKind.PARTICIPANT, participant.id(), "CREATED").detail())
                .contains("fullName=\"Audit Person\"");
        assertThat(history(AuditKind.PARTICIPANT, participant.id(), "ACCOUNT_LINKED").actorUsername())
                .isEqualTo("admin");
        assertThat(history(AuditKind.PARTICIPANT, participant.id(), "ACCOUNT_UNLINKED").detail())
                .contains("accountSubject");

        var ask = as(room.delegate(0), () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(0),
                FloorKind.STATEMENT));
        var statement = as(room.delegate(0), () -> statements.submit(room.roomId, ask.id(),
                StatementService.NO_STATEMENT, StatementData.text(LocalizedText.of("We welcome the plan.", null,
                        null))));
        var submitted = history(AuditKind.STATEMENT, statement.id(), "STATEMENT_SUBMITTED");
        assertThat(submitted.actorUsername()).isEqualTo(room.delegate(0));
        assertThat(submitted.roomId()).isEqualTo(room.roomId);
        assertThat(submitted.detail()).contains("text=\"We welcome the plan.\"");

        var eco = matrixFixtures.astanaEco();
        var data = matrixFixtures.foodSecurity(MatrixFixtures.uniqueCode());
        var draft = MatrixFixtures.as("eco.rapporteur", () -> matrix.draft(eco, data, null)).entry();
        MatrixFixtures.as("eco.rapporteur", () -> matrix.update(draft.id(), draft.version(),
                data.withTimeframe(LocalDate.of(2024, 9, 1), LocalDate.of(2026, 6, 30)), "Longer"));
        var drafted = history(AuditKind.MATRIX_ENTRY, draft.id(), "CREATED");
        assertThat(drafted.actorUsername()).isEqualTo("eco.rapporteur");
        assertThat(drafted.roomId()).isEqualTo(eco);
        assertThat(drafted.editionId()).isEqualTo(draft.editionId());
        assertThat(history(AuditKind.MATRIX_ENTRY, draft.id(), "CHANGED").detail())
                .contains("endDate: 2025-12-31 → 2026-06-30", "revisionCount: 1 → 2");

        var report = as(room.rapporteur, () -> reports.start(room.roomId));
        var started = history(AuditKind.REPORT, report.id(), "CREATED");
        assertThat(started.actorUsername()).isEqualTo(room.rapporteur);
        assertThat(started.roomId()).isEqualTo(room.roomId);
    }

    @Test
    void a_change_that_rolls_back_or_is_refused_leaves_no_entry() {
        var name = "Rolled back body " + UUID.randomUUID();
        var ids = new long[1];
        assertThatThrownBy(() -> asAdmin(() -> new TransactionTemplate(transactions).execute(status -> {
            ids[0] = organisations.create(new OrganisationData(OrganisationFamily.OTHER,
                    LocalizedText.of(name, null, null), LocalizedText.empty(), null, null)).id();
            throw new IllegalStateException("the rest of the work failed");
        }))).isInstanceOf(IllegalStateException.class);
        assertThat(ids[0]).isPositive();
        assertThat(asAdmin(() -> audit.count(AuditFilter.all().withRecord(AuditKind.ORGANISATION, ids[0]))))
                .isZero();

        var countBefore = inRoom().size();
        var ask = as(room.delegate(0), () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(0),
                FloorKind.STATEMENT));
        // a delegate may not give the floor; a chair may not add negative time: neither changes anything
        assertThatThrownBy(() -> as(room.delegate(1), () -> floor.grant(room.roomId, ask.id(), null)))
                .isInstanceOf(AccessDeniedException.class);
        as(room.chair, () -> floor.grant(room.roomId, ask.id(), null));
        assertThatThrownBy(() -> as(room.chair, () -> floor.addTime(room.roomId, ask.id(), -5)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(inRoom()).hasSize(countBefore + 2)
                .extracting(AuditEntrySummary::action).contains("FLOOR_REQUESTED", "FLOOR_GIVEN")
                .doesNotContain("TIME_ADDED");
    }

    @Test
    void the_filters_find_the_account_the_kind_the_room_the_period_and_the_record() {
        var ask = as(room.delegate(2), () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(2),
                FloorKind.STATEMENT));
        as(room.otherRoomChair, () -> agenda.create(room.otherRoomId, new org.majlis.agenda.AgendaItemData(
                LocalizedText.of("Other room item", null, null), LocalizedText.empty(), 10,
                org.majlis.agenda.SpeakingLimits.none())));

        var byDelegate = asAdmin(() -> audit.entries(AuditFilter.all().withUsername(room.delegate(2)), 0, 50));
        assertThat(byDelegate).extracting(AuditEntrySummary::actorUsername).containsOnly(room.delegate(2));
        assertThat(byDelegate).extracting(AuditEntrySummary::recordId).contains(ask.id());

        var otherRoom = asAdmin(() -> audit.entries(AuditFilter.all().withRoom(room.otherRoomId), 0, 50));
        assertThat(otherRoom).isNotEmpty().allSatisfy(e -> assertThat(e.roomId()).isEqualTo(room.otherRoomId));
        assertThat(otherRoom).extracting(AuditEntrySummary::actorUsername).contains(room.otherRoomChair)
                .doesNotContain(room.delegate(2));

        var agendaOnly = asAdmin(() -> audit.entries(AuditFilter.all().withRoom(room.roomId)
                .withKind(AuditKind.AGENDA_ITEM), 0, 50));
        assertThat(agendaOnly).isNotEmpty().extracting(AuditEntrySummary::kind).containsOnly(AuditKind.AGENDA_ITEM);

        var record = asAdmin(() -> audit.entries(AuditFilter.all().withRecord(AuditKind.FLOOR_REQUEST, ask.id()),
                0, 50));
        assertThat(record).singleElement().extracting(AuditEntrySummary::action).isEqualTo("FLOOR_REQUESTED");

        var now = Instant.now();
        var lastHour = AuditFilter.all().withRoom(room.roomId).withPeriod(now.minus(1, ChronoUnit.HOURS),
                now.plus(1, ChronoUnit.MINUTES));
        assertThat(asAdmin(() -> audit.count(lastHour))).isEqualTo(inRoom().size());
        var yesterday = AuditFilter.all().withRoom(room.roomId).withPeriod(now.minus(2, ChronoUnit.DAYS),
                now.minus(1, ChronoUnit.DAYS));
        assertThat(asAdmin(() -> audit.count(yesterday))).isZero();
        assertThat(asAdmin(() -> audit.accounts())).contains(room.delegate(2), room.otherRoomChair, "admin");
    }

    @Test
    void the_exports_hold_the_filtered_rows_in_csv_and_in_a_right_to_left_arabic_workbook() throws Exception {
        as(room.delegate(0), () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(0),
                FloorKind.STATEMENT));
        var filter = AuditFilter.all().withRoom(room.roomId).withKind(AuditKind.FLOOR_REQUEST);
        var expected = asAdmin(() -> audit.entries(filter, 0, 500));
        assertThat(expected).hasSize(1);

        var csv = new String(asAdmin(() -> audit.export(filter, Format.CSV, Language.EN)), StandardCharsets.UTF_8);
        var lines = csv.strip().lines().toList();
        assertThat(lines).hasSize(1 + expected.size());
        assertThat(lines.getFirst()).contains("When (UTC)", "Account", "Action", "Room id");
        assertThat(lines.get(1)).contains(room.delegate(0), "Request for the floor", "Floor requested", "FLOOR_REQUESTED",
                String.valueOf(room.roomId), String.valueOf(expected.getFirst().recordId()));

        var xlsx = asAdmin(() -> audit.export(filter, Format.XLSX, Language.AR));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getCTWorksheet().getSheetViews().getSheetViewArray(0).getRightToLeft()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("الحساب");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(room.delegate(0));
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("طُلبت الكلمة");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("FLOOR_REQUESTED");
        }
    }

    @Test
    void only_the_secretariat_reads_or_exports_the_trail() {
        for (var user : List.of(room.chair, room.delegate(0), room.rapporteur, room.observer)) {
            assertThatThrownBy(() -> as(user, () -> audit.entries(AuditFilter.all().withRoom(room.roomId), 0, 10)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> audit.export(AuditFilter.all(), Format.CSV, Language.EN)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(new ApiClientAuthentication(1, "Test client",
                Set.of(ApiClientAuthentication.DRAFTS))));
        try {
            assertThatThrownBy(() -> audit.count(AuditFilter.all())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.accounts()).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
