package org.majlis.report;

import org.majlis.agenda.AgendaService;
import org.majlis.base.LocalizedText;
import org.majlis.floor.FloorRequestStatus;
import org.majlis.floor.FloorService;
import org.majlis.floor.StatementService;
import org.majlis.floor.StatementSummary;
import org.majlis.matrix.EntryFilter;
import org.majlis.matrix.EntryStatus;
import org.majlis.matrix.MatrixService;
import org.majlis.meetings.OrganisationService;
import org.majlis.meetings.RoomRole;
import org.majlis.meetings.RoomService;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * Reads what a room did from the modules that keep it (through their public services, as the current user): the
 * room and its co-chairs, the agenda in order, who took the floor (interventions that ended), the written statements
 * and the adopted matrix entries. Only people who read every statement (the rapporteur, the chairs, the secretariat)
 * can read the record.
 */
@Component
class RecordReader {

    /** Longest statement title taken from a statement's text (its first line). */
    static final int TITLE_MAX = 120;

    private final RoomService rooms;
    private final AgendaService agenda;
    private final FloorService floor;
    private final StatementService statements;
    private final MatrixService matrix;
    private final OrganisationService organisations;

    RecordReader(RoomService rooms, AgendaService agenda, FloorService floor, StatementService statements,
                 MatrixService matrix, OrganisationService organisations) {
        this.rooms = rooms;
        this.agenda = agenda;
        this.floor = floor;
        this.statements = statements;
        this.matrix = matrix;
        this.organisations = organisations;
    }

    ReportRecord read(long roomId) {
        var details = rooms.details(roomId);
        var edition = details.edition();
        var coChairs = rooms.members(roomId, RoomRole.CHAIR, 0, 100).stream()
                .map(m -> new ReportRecord.CoChair(m.fullName(),
                        m.organisationAcronym() == null ? LocalizedText.empty() : m.organisationAcronym()))
                .toList();
        var spoke = floor.record(roomId).stream().filter(r -> r.status() == FloorRequestStatus.SPOKE).toList();
        var organisationIds = new LinkedHashMap<Long, ReportRecord.Organisation>();
        for (var request : spoke) {
            organisationIds.computeIfAbsent(request.organisationId(), id -> {
                var o = organisations.get(id);
                return new ReportRecord.Organisation(o.id(), o.family(), o.name(), o.acronym());
            });
        }
        var participating = organisationIds.values().stream()
                .sorted(Comparator.comparing((ReportRecord.Organisation o) -> o.family().ordinal())
                        .thenComparing(o -> shortName(o), String.CASE_INSENSITIVE_ORDER))
                .toList();
        var items = new ArrayList<ReportRecord.Item>();
        for (var item : agenda.overview(roomId).items()) {
            var interventions = spoke.stream().filter(r -> r.itemId() == item.id())
                    .map(r -> new ReportRecord.Intervention(r.id(), r.organisationId(), r.organisation(), r.kind(),
                            r.timer() == null ? 0 : r.timer().spoken().toSeconds()))
                    .toList();
            var written = statements.ofItem(roomId, item.id()).stream()
                    .map(s -> new ReportRecord.Statement(s.id(), s.organisation(), title(s)))
                    .toList();
            items.add(new ReportRecord.Item(item.id(), item.number(), item.title(), true, interventions, written));
        }
        var adopted = matrix.roomMatrix(roomId, new EntryFilter(EntryStatus.ADOPTED, null, null, null, null))
                .entries().stream()
                .map(e -> new ReportRecord.Entry(e.id(), e.data().code() == null ? "" : e.data().code(),
                        e.data().title()))
                .toList();
        return new ReportRecord(details.room().title(), details.room().kind(), edition.number(), edition.city(),
                edition.startDate(), edition.endDate(), coChairs, participating, items, adopted);
    }

    private static String shortName(ReportRecord.Organisation o) {
        var acronym = o.acronym().in(Locale.ENGLISH);
        return acronym.isEmpty() ? o.name().in(Locale.ENGLISH) : acronym;
    }

    /** A statement's title: its file's name, else the first line of its text (in the first language it has). */
    static String title(StatementSummary statement) {
        if (statement.fileName() != null && !statement.fileName().isBlank()) {
            return statement.fileName();
        }
        var text = statement.text().in(Locale.ENGLISH).strip();
        var firstLine = text.lines().findFirst().orElse("").strip();
        return firstLine.length() <= TITLE_MAX ? firstLine : firstLine.substring(0, TITLE_MAX - 1).strip() + "…";
    }
}
