package org.majlis.api.internal;

import org.jspecify.annotations.Nullable;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.agenda.AgendaService;
import org.majlis.base.LocalizedText;
import org.majlis.base.NotFoundException;
import org.majlis.floor.FloorRequestStatus;
import org.majlis.floor.FloorRequestSummary;
import org.majlis.floor.FloorService;
import org.majlis.matrix.EntryFilter;
import org.majlis.matrix.EntryStatus;
import org.majlis.matrix.EntrySummary;
import org.majlis.matrix.MatrixService;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.EditionSummary;
import org.majlis.meetings.MyRoom;
import org.majlis.meetings.OrganisationFamily;
import org.majlis.meetings.OrganisationService;
import org.majlis.meetings.RoomService;
import org.majlis.meetings.RoomSummary;
import org.majlis.report.ReportService;
import org.majlis.report.ReportStatus;
import org.majlis.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

import static org.majlis.api.internal.ApiModels.Text;

/**
 * Reads what the API answers through the modules' public services, as the caller (so each service's own rule
 * applies: a Keycloak account reads only the rooms it takes part in), and then keeps from it only what the caller
 * may see through the API ({@link ApiCaller}): for a token without the drafts scope, adopted entries only and a
 * room's record only once its report is adopted. Everything in one read-only transaction, so a page is consistent.
 */
@Component
@Transactional(readOnly = true)
class ApiReader {

    private final EditionService editions;
    private final RoomService rooms;
    private final OrganisationService organisations;
    private final AgendaService agenda;
    private final FloorService floor;
    private final ReportService reports;
    private final MatrixService matrix;
    private final CurrentUser users;

    ApiReader(EditionService editions, RoomService rooms, OrganisationService organisations, AgendaService agenda,
              FloorService floor, ReportService reports, MatrixService matrix, CurrentUser users) {
        this.editions = editions;
        this.rooms = rooms;
        this.organisations = organisations;
        this.agenda = agenda;
        this.floor = floor;
        this.reports = reports;
        this.matrix = matrix;
        this.users = users;
    }

    ApiCaller caller() {
        return ApiCaller.current(users);
    }

    /** Every edition, newest first. */
    List<ApiModels.Edition> editions() {
        var current = editions.current().map(EditionSummary::id).orElse(null);
        return editions.list().stream().map(e -> edition(e, current)).toList();
    }

    ApiModels.Edition edition(long id) {
        var current = editions.current().map(EditionSummary::id).orElse(null);
        return edition(editions.get(id), current);
    }

    /** The rooms of one edition (or of every edition) that the caller may read, in the edition's order. */
    List<ApiModels.Room> rooms(@Nullable Long editionId) {
        var caller = caller();
        var editionIds = editionId != null ? List.of(editions.get(editionId).id())
                : editions.list().stream().map(EditionSummary::id).toList();
        var found = new ArrayList<ApiModels.Room>();
        for (var id : editionIds) {
            var summaries = caller.seesEveryRoom() ? rooms.rooms(id)
                    : rooms.myRooms(id).stream().filter(MyRoom::mayEnter).map(MyRoom::room).toList();
            summaries.stream().sorted(Comparator.comparingInt(RoomSummary::position)).map(ApiReader::room)
                    .forEach(found::add);
        }
        return found;
    }

    ApiModels.Room room(long roomId) {
        return room(rooms.details(roomId).room());
    }

    List<ApiModels.Organisation> organisations(@Nullable OrganisationFamily family) {
        var list = family == null ? organisations.list() : organisations.list(family);
        return list.stream().map(o -> new ApiModels.Organisation(o.id(), o.family(), Text.of(o.name()),
                Text.of(o.acronym()), o.countryCode())).toList();
    }

    ApiModels.Organisation organisation(long id) {
        var o = organisations.get(id);
        return new ApiModels.Organisation(o.id(), o.family(), Text.of(o.name()), Text.of(o.acronym()),
                o.countryCode());
    }

    ApiModels.Agenda agenda(long roomId) {
        var items = agenda.overview(roomId).items().stream()
                .map(i -> new ApiModels.AgendaItem(i.id(), i.number(), Text.of(i.title()), Text.of(i.description()),
                        i.plannedMinutes(), i.status(), i.firstOpenedAt(), i.closedAt(), i.actualSeconds()))
                .toList();
        return new ApiModels.Agenda(roomId, items);
    }

    /**
     * Who took the floor in the room, for which organisation, on which item, when and for how long. Once the room's
     * report is adopted that is the adopted report's record (what was published), with the speaker and times from the
     * floor record where Majlis kept it; before, the live floor record — for a token with the drafts scope or a
     * Keycloak account of the room only (to a token without it the record does not exist yet: 404).
     */
    ApiModels.RoomRecord record(long roomId) {
        var caller = caller();
        var report = reports.overview(roomId).report();
        var status = report == null ? null : report.status();
        if (report != null && status == ReportStatus.ADOPTED) {
            var floorRecord = new HashMap<Long, FloorRequestSummary>();
            floor.record(roomId).forEach(r -> floorRecord.put(r.id(), r));
            var interventions = new ArrayList<ApiModels.Intervention>();
            for (var item : report.record().items()) {
                for (var spoke : item.interventions()) {
                    var kept = floorRecord.get(spoke.requestId());
                    var timer = kept == null ? null : kept.timer();
                    interventions.add(new ApiModels.Intervention(spoke.requestId(), item.id(), item.number(),
                            Text.of(item.title()), kept == null ? null : kept.speakerName(), spoke.organisationId(),
                            Text.of(spoke.organisation()), spoke.kind(), timer == null ? null : timer.startedAt(),
                            timer == null ? null : timer.endedAt(), spoke.seconds()));
                }
            }
            return new ApiModels.RoomRecord(roomId, status, ApiModels.RecordSource.ADOPTED_REPORT, interventions);
        }
        if (!caller.drafts()) {
            throw new ApiNotFoundException("The record of room " + roomId + " is not published: its report is not"
                    + " adopted.");
        }
        var items = new HashMap<Long, AgendaItemSummary>();
        agenda.overview(roomId).items().forEach(i -> items.put(i.id(), i));
        var interventions = floor.record(roomId).stream()
                .filter(r -> r.timer() != null
                        && (r.status() == FloorRequestStatus.SPOKE || r.status() == FloorRequestStatus.SPEAKING))
                .sorted(Comparator.comparing((FloorRequestSummary r) -> r.timer().startedAt())
                        .thenComparingLong(FloorRequestSummary::id))
                .map(r -> {
                    var timer = r.timer();
                    var item = items.get(r.itemId());
                    var seconds = timer.spoken().toSeconds();
                    return new ApiModels.Intervention(r.id(), r.itemId(), item == null ? 0 : item.number(),
                            item == null ? Text.of(LocalizedText.empty()) : Text.of(item.title()), r.speakerName(),
                            r.organisationId(), Text.of(r.organisation()), r.kind(), timer.startedAt(),
                            timer.endedAt(), seconds);
                })
                .toList();
        return new ApiModels.RoomRecord(roomId, status, ApiModels.RecordSource.FLOOR, interventions);
    }

    /** What {@link #entries} is asked for; every part optional. */
    record EntryQuery(@Nullable Long editionId, @Nullable Long roomId, @Nullable EntryStatus status,
                      @Nullable Long organisationId, @Nullable Integer sdg, @Nullable Instant updatedSince) {
    }

    /**
     * The matrix entries matching the query that the caller may see, by edition (newest first), room and code. A
     * token without the drafts scope sees adopted entries only (asking for another status finds none).
     */
    List<ApiModels.MatrixEntry> entries(EntryQuery query) {
        var caller = caller();
        List<Long> roomIds;
        if (query.roomId() != null) {
            var room = rooms.details(query.roomId()).room();
            if (query.editionId() != null && room.editionId() != query.editionId()) {
                return List.of();
            }
            roomIds = List.of(room.id());
        } else {
            roomIds = rooms(query.editionId()).stream().map(ApiModels.Room::id).toList();
        }
        var filter = new EntryFilter(query.status(), query.organisationId(), query.sdg(), null, null);
        var found = new ArrayList<ApiModels.MatrixEntry>();
        for (var roomId : roomIds) {
            matrix.roomMatrix(roomId, filter).entries().stream()
                    .filter(e -> caller.drafts() || e.status() == EntryStatus.ADOPTED)
                    .filter(e -> query.updatedSince() == null || !e.updatedAt().isBefore(query.updatedSince()))
                    .sorted(Comparator.comparing((EntrySummary e) -> e.data().code() == null ? "" : e.data().code())
                            .thenComparingLong(EntrySummary::id))
                    .map(ApiReader::entry)
                    .forEach(found::add);
        }
        return found;
    }

    /** One entry; one the caller may not see is answered as missing. */
    ApiModels.MatrixEntry entry(long id) {
        var caller = caller();
        var entry = matrix.get(id).entry();
        if (!caller.drafts() && entry.status() != EntryStatus.ADOPTED) {
            throw new NotFoundException("Matrix entry", id);
        }
        return entry(entry);
    }

    private static ApiModels.Edition edition(EditionSummary e, @Nullable Long current) {
        return new ApiModels.Edition(e.id(), e.number(), Text.of(e.city()), Text.of(e.venue()), e.startDate(),
                e.endDate(), e.previousEditionId(), e.hostId(), e.roomCount(), Long.valueOf(e.id()).equals(current));
    }

    private static ApiModels.Room room(RoomSummary r) {
        return new ApiModels.Room(r.id(), r.editionId(), r.editionNumber(), r.kind(), Text.of(r.title()), r.open(),
                r.position());
    }

    private static ApiModels.MatrixEntry entry(EntrySummary e) {
        var d = e.data();
        return new ApiModels.MatrixEntry(e.id(), e.version(), e.editionId(), e.roomId(), d.code(), e.status(),
                Text.of(d.title()), Text.of(d.description()), d.leadUnId(), d.leadOicId(), d.partnerIds(),
                d.beneficiaries(), d.startDate(), d.endDate(), Text.of(d.expectedResults()), Text.of(d.indicators()),
                d.sdgs(), d.oicAreaIds(), d.budget(), d.currency(), e.originCode(), e.updatedAt());
    }
}
