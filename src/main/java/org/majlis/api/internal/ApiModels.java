package org.majlis.api.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.majlis.agenda.AgendaItemStatus;
import org.majlis.base.LocalizedText;
import org.majlis.floor.FloorKind;
import org.majlis.matrix.EntryStatus;
import org.majlis.meetings.OrganisationFamily;
import org.majlis.meetings.RoomKind;
import org.majlis.report.ReportStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the read API answers: plain records, every text in the three languages ({@code {"en":…,"fr":…,"ar":…}},
 * {@code null} where a language is missing), organisations by id (see {@code /organisations}), times in UTC
 * (ISO 8601). Field names are the API's contract (docs/api.md): add, never rename.
 */
final class ApiModels {

    private ApiModels() {
    }

    @Schema(description = "A text in the three languages; null where that language is missing")
    record Text(@Nullable String en, @Nullable String fr, @Nullable String ar) {
        static Text of(LocalizedText text) {
            return new Text(text.en(), text.fr(), text.ar());
        }
    }

    @Schema(description = "One page of a list")
    record Page<T>(List<T> items, int page, int size, long total, int totalPages, Map<String, String> links) {
    }

    @Schema(description = "An edition of the General Meeting")
    record Edition(long id, int number, Text city, Text venue, LocalDate startDate, LocalDate endDate,
                   @Nullable Long previousEditionId, @Nullable Long hostOrganisationId, int roomCount,
                   boolean current) {
    }

    @Schema(description = "A room (the opening plenary or a working session) of an edition")
    record Room(long id, long editionId, int editionNumber, RoomKind kind, Text title, boolean open, int position) {
    }

    @Schema(description = "A UN entity, an OIC institution, a member state or another organisation")
    record Organisation(long id, OrganisationFamily family, Text name, Text acronym, @Nullable String countryCode) {
    }

    @Schema(description = "An item of a room's agenda, with its plan and what happened")
    record AgendaItem(long id, int number, Text title, Text description, int plannedMinutes, AgendaItemStatus status,
                      @Nullable Instant firstOpenedAt, @Nullable Instant closedAt, long actualSeconds) {
    }

    @Schema(description = "A room's agenda")
    record Agenda(long roomId, List<AgendaItem> items) {
    }

    @Schema(description = "Someone took the floor: for which organisation, on which agenda item, what kind of"
            + " intervention and how long; who and when where Majlis' floor record has it (null in a record kept"
            + " outside Majlis)")
    record Intervention(long id, long agendaItemId, int agendaItemNumber, Text agendaItemTitle,
                        @Nullable String speaker, long organisationId, Text organisation, FloorKind kind,
                        @Nullable Instant startedAt, @Nullable Instant endedAt, long seconds) {
    }

    @Schema(description = "Where a room record comes from: the room's adopted report (the published record) or the"
            + " live floor record (before the report is adopted; drafts scope or a member of the room)")
    enum RecordSource {
        ADOPTED_REPORT,
        FLOOR
    }

    @Schema(description = "The record of a room: every intervention that took place (in agenda order from the"
            + " adopted report, in the order people spoke from the floor record); reportStatus is the status of the"
            + " room's report (null before it is started)")
    record RoomRecord(long roomId, @Nullable ReportStatus reportStatus, RecordSource source,
                      List<Intervention> interventions) {
    }

    @Schema(description = "An entry of the matrix of joint activities, with its review status")
    record MatrixEntry(long id, long version, long editionId, long roomId, @Nullable String code, EntryStatus status,
                       Text title, Text description, @Nullable Long leadUnId, @Nullable Long leadOicId,
                       List<Long> partnerIds, List<String> beneficiaryMemberStates, @Nullable LocalDate startDate,
                       @Nullable LocalDate endDate, Text expectedResults, Text indicators, List<Integer> sdgs,
                       List<Long> oicAreaIds, @Nullable BigDecimal budget, @Nullable String currency,
                       @Nullable String originCode, Instant updatedAt) {
    }
}
