package org.majlis.permissions;

import org.majlis.api.ApiScope;
import org.majlis.base.LocalizedText;
import org.majlis.base.Move;
import org.majlis.floor.BudgetChoice;
import org.majlis.floor.FloorKind;
import org.majlis.floor.SpeakerOrder;
import org.majlis.floor.StatementData;
import org.majlis.floor.StatementService;
import org.majlis.matrix.EntryField;
import org.majlis.matrix.ImportProgress;
import org.majlis.matrix.ImportTarget;
import org.majlis.report.ReportRecord;
import org.majlis.report.ReportTexts;
import org.majlis.matrix.ImplementationStatus;
import org.majlis.matrix.ReviewReport;
import org.majlis.meetings.EditionData;
import org.majlis.meetings.OrganisationData;
import org.majlis.meetings.OrganisationFamily;
import org.majlis.meetings.ParticipantData;
import org.majlis.meetings.RoomAssignment;
import org.majlis.meetings.RoomData;
import org.majlis.meetings.RoomKind;
import org.majlis.meetings.RoomRole;
import org.majlis.permissions.Action.Ids;
import org.majlis.permissions.Stage.Target;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.majlis.permissions.Action.only;
import static org.majlis.permissions.Actors.asAdmin;
import static org.majlis.permissions.Who.CHAIR;
import static org.majlis.permissions.Who.DELEGATE;
import static org.majlis.permissions.Who.OTHER_DELEGATE;
import static org.majlis.permissions.Who.RAPPORTEUR;
import static org.majlis.permissions.Who.SECRETARIAT;

/**
 * Who may take each state-changing action of the services: the one source of the permission test
 * ({@link PermissionMatrixTest}) and of the table in {@code docs/security.md} (rendered by {@link PermissionDocs}).
 * A new state-changing service method gets a row here; {@link PermissionMatrixTest} fails while one is missing.
 */
final class PermissionTable {

    private static final Set<Who> CHAIRS = only(SECRETARIAT, CHAIR);

    private PermissionTable() {
    }

    static final List<Action> ACTIONS = List.of(
            // --- agenda: the chairs run it ---------------------------------------------------------------------
            new Action("Agenda", "AgendaService.create", "", Ids.ROOM, CHAIRS,
                    (stage, room) -> Target.room(room.roomId()),
                    (s, roomId, t) -> s.agenda().create(roomId, Stage.item("New item " + Stage.next()))),
            new Action("Agenda", "AgendaService.update", "", Ids.ROOM_AND_ITEM, CHAIRS, Stage::pendingItem,
                    (s, roomId, t) -> s.agenda().update(roomId, t.id(), t.version(), Stage.item("Renamed"))),
            new Action("Agenda", "AgendaService.delete", "", Ids.ROOM_AND_ITEM, CHAIRS, Stage::pendingItem,
                    (s, roomId, t) -> run(() -> s.agenda().delete(roomId, t.id(), t.version()))),
            new Action("Agenda", "AgendaService.move", "", Ids.ROOM_AND_ITEM, CHAIRS, Stage::secondItem,
                    (s, roomId, t) -> run(() -> s.agenda().move(roomId, t.id(), Move.UP))),
            new Action("Agenda", "AgendaService.open", "", Ids.ROOM_AND_ITEM, CHAIRS, Stage::itemToOpen,
                    (s, roomId, t) -> s.agenda().open(roomId, t.id())),
            new Action("Agenda", "AgendaService.close", "", Ids.ROOM_AND_ITEM, CHAIRS, Stage::openItem,
                    (s, roomId, t) -> s.agenda().close(roomId, t.id())),
            new Action("Agenda", "AgendaService.defer", "", Ids.ROOM_AND_ITEM, CHAIRS, Stage::openItem,
                    (s, roomId, t) -> s.agenda().defer(roomId, t.id())),
            new Action("Agenda", "AgendaService.reopen", "", Ids.ROOM_AND_ITEM, CHAIRS, Stage::closedItem,
                    (s, roomId, t) -> s.agenda().reopen(roomId, t.id())),
            new Action("Agenda", "ItemNotes.save", "the item's private notes (the secretariat only with a role)",
                    Ids.ROOM_AND_ITEM, only(CHAIR, RAPPORTEUR), Stage::pendingItem,
                    (s, roomId, t) -> s.notes().save(roomId, t.id(), 0, "Call FAO first")),

            // --- floor: delegates ask for their own organisation, the chairs give the floor ------------------------
            new Action("Floor", "FloorService.requestFloor", "for the delegate's own organisation", Ids.ROOM_AND_ITEM,
                    only(DELEGATE), Stage::openItemForFao,
                    (s, roomId, t) -> s.floor().requestFloor(roomId, t.id(), t.<Long>data(), FloorKind.QUESTION)),
            new Action("Floor", "FloorService.withdraw", "the delegate's own request", Ids.ROOM_AND_ITEM,
                    only(DELEGATE), Stage::waitingRequest,
                    (s, roomId, t) -> s.floor().withdraw(roomId, t.id())),
            new Action("Floor", "FloorService.grantNext", "", Ids.ROOM_AND_ITEM, CHAIRS,
                    (stage, room) -> itemOf(stage.waitingRequest(room)),
                    (s, roomId, t) -> s.floor().grantNext(roomId, t.id(), null)),
            new Action("Floor", "FloorService.grant", "", Ids.ROOM_AND_ITEM, CHAIRS, Stage::waitingRequest,
                    (s, roomId, t) -> s.floor().grant(roomId, t.id(), null)),
            new Action("Floor", "FloorService.refuse", "", Ids.ROOM_AND_ITEM, CHAIRS, Stage::waitingRequest,
                    (s, roomId, t) -> s.floor().refuse(roomId, t.id(), "Out of time")),
            new Action("Floor", "FloorService.endIntervention", "", Ids.ROOM_AND_ITEM, CHAIRS,
                    Stage::speakingRequest, (s, roomId, t) -> s.floor().endIntervention(roomId, t.id())),
            new Action("Floor", "FloorService.addTime", "", Ids.ROOM_AND_ITEM, CHAIRS, Stage::speakingRequest,
                    (s, roomId, t) -> s.floor().addTime(roomId, t.id(), 30)),
            new Action("Floor", "FloorService.pause", "", Ids.ROOM_AND_ITEM, CHAIRS, Stage::speakingRequest,
                    (s, roomId, t) -> s.floor().pause(roomId, t.id())),
            new Action("Floor", "FloorService.resume", "", Ids.ROOM_AND_ITEM, CHAIRS, Stage::pausedRequest,
                    (s, roomId, t) -> s.floor().resume(roomId, t.id())),
            new Action("Floor", "FloorService.move", "", Ids.ROOM_AND_ITEM, CHAIRS, Stage::secondRequest,
                    (s, roomId, t) -> run(() -> s.floor().move(roomId, t.id(), Move.UP))),
            new Action("Floor", "FloorService.setOrder", "arrival or protocol order", Ids.ROOM, CHAIRS,
                    (stage, room) -> Target.room(room.roomId()),
                    (s, roomId, t) -> s.floor().setOrder(roomId, SpeakerOrder.PROTOCOL)),
            new Action("Floor", "StatementService.submit", "on the delegate's own request", Ids.ROOM_AND_ITEM,
                    only(DELEGATE), Stage::waitingRequest, (s, roomId, t) -> s.statements().submit(roomId, t.id(),
                            StatementService.NO_STATEMENT,
                            StatementData.text(LocalizedText.of("Written statement", null, null)))),
            new Action("Floor", "StatementService.submit", "replacing the delegate's own statement",
                    Ids.ROOM_AND_ITEM, only(DELEGATE), Stage::statement, (s, roomId, t) -> s.statements().submit(
                            roomId, t.id(), t.version(),
                            StatementData.text(LocalizedText.of("Second thoughts", null, null)))),
            new Action("Floor", "TimeBudgetService.save", "the room's budget per organisation", Ids.ROOM, CHAIRS,
                    (stage, room) -> Target.room(room.roomId()),
                    (s, roomId, t) -> s.budgets().save(roomId, null,
                            asAdmin(() -> s.budgets().overview(roomId, null).room().version()),
                            BudgetChoice.seconds(300 + Stage.next()))),
            new Action("Floor", "TimeBudgetService.save", "an item's budget per organisation", Ids.ROOM_AND_ITEM,
                    CHAIRS, Stage::pendingItem,
                    (s, roomId, t) -> s.budgets().save(roomId, t.id(), 0, BudgetChoice.seconds(120))),

            // --- matrix: rapporteurs draft, delegates propose, chairs decide ----------------------------------------
            new Action("Matrix", "MatrixService.draft", "delegates: entries their organisation leads or joins",
                    Ids.ROOM, only(RAPPORTEUR, DELEGATE, OTHER_DELEGATE), Stage::newEntry,
                    (s, roomId, t) -> s.matrix().draft(roomId, t.data(), null)),
            new Action("Matrix", "MatrixService.importAdopted", "", Ids.ROOM, only(SECRETARIAT), Stage::newEntry,
                    (s, roomId, t) -> s.matrix().importAdopted(roomId, t.data(), "From the Word matrix")),
            new Action("Matrix", "MatrixImportService.confirm", "rapporteurs: drafts into their own room",
                    Ids.ROOM, only(SECRETARIAT, RAPPORTEUR), Stage::newEntry,
                    (s, roomId, t) -> s.imports().confirm(s.imports().preview(ImportTarget.room(
                            Actors.asAdmin(() -> s.rooms().details(roomId).room().editionId()), roomId),
                            "matrix.csv", Stage.importFile(t.data()), ImportProgress.NONE))),
            new Action("Matrix", "MatrixService.update", "the rapporteur's draft", Ids.ITEM, only(RAPPORTEUR),
                    Stage::draft, (s, roomId, t) -> s.matrix().update(t.id(), t.version(), t.data(), null)),
            new Action("Matrix", "MatrixService.update", "a delegate's proposal", Ids.ITEM,
                    only(RAPPORTEUR, DELEGATE), Stage::proposal,
                    (s, roomId, t) -> s.matrix().update(t.id(), t.version(), t.data(), null)),
            new Action("Matrix", "MatrixService.saveMerged", "the rapporteur's draft", Ids.ITEM, only(RAPPORTEUR),
                    Stage::draft, (s, roomId, t) -> s.matrix().saveMerged(t.id(), t.version(), t.data(), null)),
            new Action("Matrix", "MatrixService.submit", "the rapporteur's draft", Ids.ITEM, only(RAPPORTEUR),
                    Stage::draft, (s, roomId, t) -> s.matrix().submit(t.id(), t.version())),
            new Action("Matrix", "MatrixService.submit", "a delegate's proposal", Ids.ITEM,
                    only(RAPPORTEUR, DELEGATE), Stage::proposal, (s, roomId, t) -> s.matrix().submit(t.id(),
                            t.version())),
            new Action("Matrix", "MatrixService.adopt", "", Ids.ITEM, CHAIRS, Stage::submitted,
                    (s, roomId, t) -> s.matrix().adopt(t.id(), t.version())),
            new Action("Matrix", "MatrixService.returnToDrafting", "", Ids.ITEM, CHAIRS, Stage::submitted,
                    (s, roomId, t) -> s.matrix().returnToDrafting(t.id(), t.version(), "Please add indicators")),
            new Action("Matrix", "MatrixService.withdraw", "a draft", Ids.ITEM,
                    only(SECRETARIAT, CHAIR, RAPPORTEUR), Stage::draft,
                    (s, roomId, t) -> s.matrix().withdraw(t.id(), t.version())),
            new Action("Matrix", "MatrixService.withdraw", "a delegate's draft proposal", Ids.ITEM,
                    only(SECRETARIAT, CHAIR, RAPPORTEUR, DELEGATE), Stage::proposal,
                    (s, roomId, t) -> s.matrix().withdraw(t.id(), t.version())),
            new Action("Matrix", "MatrixService.withdraw", "a submitted proposal: the chairs' decision", Ids.ITEM,
                    CHAIRS, Stage::submittedProposal,
                    (s, roomId, t) -> s.matrix().withdraw(t.id(), t.version())),
            new Action("Matrix", "MatrixService.reopen", "an adopted entry", Ids.ITEM, CHAIRS, Stage::adopted,
                    (s, roomId, t) -> s.matrix().reopen(t.id(), t.version(), "New partner")),
            new Action("Matrix", "MatrixService.comment", "a submitted entry", Ids.ITEM,
                    only(SECRETARIAT, CHAIR, RAPPORTEUR, DELEGATE, OTHER_DELEGATE), Stage::submitted,
                    (s, roomId, t) -> s.matrix().comment(t.id(), "We support this")),
            new Action("Matrix", "MatrixService.proposeAmendment", "a submitted entry", Ids.ITEM,
                    only(DELEGATE, OTHER_DELEGATE), Stage::submitted,
                    (s, roomId, t) -> s.matrix().proposeAmendment(t.id(), EntryField.TITLE_FR, "Meilleur titre",
                            null)),
            new Action("Matrix", "MatrixService.applyAmendment", "", Ids.ITEM, only(RAPPORTEUR),
                    Stage::amendment, (s, roomId, t) -> s.matrix().applyAmendment(t.id(), t.version())),
            new Action("Matrix", "MatrixHistoryService.restore", "", Ids.ITEM, only(RAPPORTEUR), Stage::revised,
                    (s, roomId, t) -> s.history().restore(t.id(), t.version(), (int) t.extra())),
            new Action("Matrix review", "MatrixReviewService.report", "lead organisations of the entry",
                    Ids.ROOM_AND_REVIEWED_ENTRY, only(DELEGATE), Stage::underReview,
                    (s, roomId, t) -> run(() -> s.review().report(roomId, t.id(), t.extra(),
                            new ReviewReport(ImplementationStatus.ONGOING, 40, "Half done")))),
            new Action("Matrix review", "MatrixReviewService.carryOver", "", Ids.ROOM_AND_REVIEWED_ENTRY,
                    only(SECRETARIAT, CHAIR, RAPPORTEUR), Stage::underReview,
                    (s, roomId, t) -> s.review().carryOver(roomId, t.id())),

            // --- room report: the rapporteur drafts, the chairs decide ---------------------------------------------
            new Action("Room report", "ReportService.start", "", Ids.ROOM, only(SECRETARIAT, RAPPORTEUR),
                    (stage, room) -> stage.reports.none(room), (s, roomId, t) -> s.reports().start(roomId)),
            new Action("Room report", "ReportService.importAdopted", "a report kept in Word", Ids.ROOM,
                    only(SECRETARIAT), (stage, room) -> stage.reports.toImport(room),
                    (s, roomId, t) -> s.reports().importAdopted(roomId, (ReportRecord) t.<Object[]>data()[0],
                            (ReportTexts) t.<Object[]>data()[1], "From the Word report")),
            new Action("Room report", "ReportService.save", "a draft", Ids.ROOM, only(SECRETARIAT, RAPPORTEUR),
                    (stage, room) -> stage.reports.draft(room),
                    (s, roomId, t) -> s.reports().save(roomId, t.version(), t.data(), null)),
            new Action("Room report", "ReportService.saveMerged", "a draft", Ids.ROOM,
                    only(SECRETARIAT, RAPPORTEUR), (stage, room) -> stage.reports.draft(room),
                    (s, roomId, t) -> s.reports().saveMerged(roomId, t.version(), t.data(), null)),
            new Action("Room report", "ReportService.takeInRecord", "a draft", Ids.ROOM,
                    only(SECRETARIAT, RAPPORTEUR), (stage, room) -> stage.reports.draft(room),
                    (s, roomId, t) -> s.reports().takeInRecord(roomId, t.version())),
            new Action("Room report", "ReportService.submit", "a draft", Ids.ROOM, only(SECRETARIAT, RAPPORTEUR),
                    (stage, room) -> stage.reports.draft(room),
                    (s, roomId, t) -> s.reports().submit(roomId, t.version())),
            new Action("Room report", "ReportService.adopt", "every required language written", Ids.ROOM, CHAIRS,
                    (stage, room) -> stage.reports.submitted(room),
                    (s, roomId, t) -> s.reports().adopt(roomId, t.version())),
            new Action("Room report", "ReportService.returnToDrafting", "", Ids.ROOM, CHAIRS,
                    (stage, room) -> stage.reports.submitted(room),
                    (s, roomId, t) -> s.reports().returnToDrafting(roomId, t.version(), "Shorter, please")),
            new Action("Room report", "ReportHistoryService.restore", "a draft", Ids.ROOM,
                    only(SECRETARIAT, RAPPORTEUR), (stage, room) -> stage.reports.draft(room),
                    (s, roomId, t) -> s.reportHistory().restore(roomId, t.version(), (int) t.extra())),

            // --- the secretariat's set-up of the meeting ------------------------------------------------------------
            new Action("Reference lists", "MatrixReferenceService.renameSdg", "", Ids.NONE, only(SECRETARIAT),
                    (stage, room) -> stage.sdg(17),
                    (s, roomId, t) -> s.references().renameSdg((int) t.id(), t.version(), t.data())),
            new Action("Reference lists", "MatrixReferenceService.addOicArea", "", Ids.NONE, only(SECRETARIAT),
                    (stage, room) -> stage.newOicArea(),
                    (s, roomId, t) -> s.references().addOicArea(t.data(),
                            LocalizedText.of("Permission test area", null, null))),
            new Action("Reference lists", "MatrixReferenceService.updateOicArea", "", Ids.NONE, only(SECRETARIAT),
                    (stage, room) -> stage.oicArea(),
                    (s, roomId, t) -> s.references().updateOicArea(t.id(), t.version(), t.data(),
                            LocalizedText.of("Renamed test area", null, null), true)),
            new Action("Meetings", "EditionService.create", "", Ids.NONE, only(SECRETARIAT),
                    (stage, room) -> stage.newEdition(), (s, roomId, t) -> s.editions().create(t.data())),
            new Action("Meetings", "EditionService.update", "", Ids.NONE, only(SECRETARIAT),
                    (stage, room) -> stage.edition(),
                    (s, roomId, t) -> s.editions().update(t.id(), t.version(), t.data())),
            new Action("Meetings", "RoomService.create", "", Ids.NONE, only(SECRETARIAT),
                    (stage, room) -> stage.newRoomOfTestEdition(),
                    (s, roomId, t) -> s.rooms().create(t.id(), t.data())),
            new Action("Meetings", "RoomService.update", "", Ids.NONE, only(SECRETARIAT),
                    (stage, room) -> stage.testRoom(),
                    (s, roomId, t) -> s.rooms().update(t.id(), t.version(), t.data())),
            new Action("Meetings", "RoomService.close", "", Ids.NONE, only(SECRETARIAT),
                    (stage, room) -> stage.openTestRoom(), (s, roomId, t) -> s.rooms().close(t.id(), t.version())),
            new Action("Meetings", "RoomService.reopen", "with a reason, recorded", Ids.NONE, only(SECRETARIAT),
                    (stage, room) -> stage.closedTestRoom(),
                    (s, roomId, t) -> s.rooms().reopen(t.id(), t.version(), "Resumed after the break")),
            new Action("Meetings", "OrganisationService.create", "", Ids.NONE, only(SECRETARIAT),
                    (stage, room) -> stage.newOrganisation(),
                    (s, roomId, t) -> s.organisations().create(t.data())),
            new Action("Meetings", "OrganisationService.update", "", Ids.NONE, only(SECRETARIAT),
                    (stage, room) -> stage.organisation(),
                    (s, roomId, t) -> s.organisations().update(t.id(), t.version(), t.data())),
            new Action("Meetings", "OrganisationService.delete", "an organisation nothing refers to", Ids.NONE,
                    only(SECRETARIAT), (stage, room) -> stage.organisation(),
                    (s, roomId, t) -> run(() -> s.organisations().delete(t.id(), t.version()))),
            new Action("Meetings", "ParticipantService.create", "", Ids.NONE, only(SECRETARIAT),
                    (stage, room) -> stage.newParticipant(),
                    (s, roomId, t) -> s.participants().create(t.data())),
            new Action("Meetings", "ParticipantService.update", "", Ids.NONE, only(SECRETARIAT),
                    (stage, room) -> stage.participant(),
                    (s, roomId, t) -> s.participants().update(t.id(), t.version(), t.data())),
            new Action("Meetings", "ParticipantService.delete", "a participant with no record", Ids.NONE,
                    only(SECRETARIAT), (stage, room) -> stage.participant(),
                    (s, roomId, t) -> run(() -> s.participants().delete(t.id(), t.version()))),
            new Action("Meetings", "ParticipantService.unlinkAccount", "", Ids.NONE, only(SECRETARIAT),
                    (stage, room) -> stage.participant(),
                    (s, roomId, t) -> s.participants().unlinkAccount(t.id(), t.version())),
            new Action("Meetings", "ParticipantService.assign", "room roles of one edition", Ids.NONE,
                    only(SECRETARIAT), (stage, room) -> stage.participantAndRoom(),
                    (s, roomId, t) -> s.participants().assign(t.id(), t.version(), t.extra(), t.data())),
            new Action("Read API", "ApiTokenService.issue", "a token for a client system", Ids.NONE,
                    only(SECRETARIAT), (stage, room) -> stage.apiTokens.newName(),
                    (s, roomId, t) -> s.apiTokens().issue(t.data(), Set.of(ApiScope.DRAFTS))),
            new Action("Read API", "ApiTokenService.revoke", "", Ids.NONE, only(SECRETARIAT),
                    (stage, room) -> stage.apiTokens.token(), (s, roomId, t) -> s.apiTokens().revoke(t.id())),
            // --- big screen: the room's chairs make and revoke its links (ADR 0048) ------------------------------
            new Action("Big screen", "BigScreenService.create", "a link that opens the room's big screen", Ids.ROOM,
                    CHAIRS, (stage, room) -> Target.room(room.roomId()),
                    (s, roomId, t) -> s.screens().create(roomId)),
            new Action("Big screen", "BigScreenService.revoke", "", Ids.ROOM_AND_ITEM, CHAIRS,
                    (stage, room) -> stage.screens.link(room), (s, roomId, t) -> s.screens().revoke(roomId, t.id())));

    private static Object run(Runnable action) {
        action.run();
        return null;
    }

    private static Target itemOf(Target request) {
        return new Target(request.roomId(), request.extra(), -1, request.id());
    }
}
