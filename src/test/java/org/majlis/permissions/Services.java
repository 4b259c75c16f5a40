package org.majlis.permissions;

import org.majlis.api.ApiTokenService;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.ItemNotes;
import org.majlis.floor.BigScreenService;
import org.majlis.floor.FloorService;
import org.majlis.floor.StatementService;
import org.majlis.floor.TimeBudgetService;
import org.majlis.matrix.MatrixHistoryService;
import org.majlis.matrix.MatrixReferenceService;
import org.majlis.matrix.MatrixReviewService;
import org.majlis.matrix.MatrixImportService;
import org.majlis.matrix.MatrixService;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.OrganisationService;
import org.majlis.meetings.ParticipantService;
import org.majlis.meetings.RoomService;
import org.majlis.report.ReportHistoryService;
import org.majlis.report.ReportService;
import org.springframework.context.ApplicationContext;

/** The services whose actions the permission table tries, as the application context made them (secured). */
record Services(AgendaService agenda, FloorService floor, StatementService statements, MatrixService matrix,
                MatrixHistoryService history, MatrixReviewService review, MatrixReferenceService references,
                EditionService editions, RoomService rooms, OrganisationService organisations,
                ParticipantService participants, ReportService reports, ReportHistoryService reportHistory,
                ItemNotes notes, MatrixImportService imports, ApiTokenService apiTokens,
                TimeBudgetService budgets, BigScreenService screens) {

    static Services of(ApplicationContext context) {
        return new Services(context.getBean(AgendaService.class), context.getBean(FloorService.class),
                context.getBean(StatementService.class), context.getBean(MatrixService.class),
                context.getBean(MatrixHistoryService.class), context.getBean(MatrixReviewService.class),
                context.getBean(MatrixReferenceService.class), context.getBean(EditionService.class),
                context.getBean(RoomService.class), context.getBean(OrganisationService.class),
                context.getBean(ParticipantService.class), context.getBean(ReportService.class),
                context.getBean(ReportHistoryService.class), context.getBean(ItemNotes.class),
                context.getBean(MatrixImportService.class), context.getBean(ApiTokenService.class),
                context.getBean(TimeBudgetService.class), context.getBean(BigScreenService.class));
    }
}
