package org.majlis.report.ui;

import org.majlis.outcome.ExportJobs;
import org.majlis.report.ReportFiles;

import org.majlis.base.live.RoomUpdates;
import org.majlis.meetings.RoomDetails;
import org.majlis.meetings.RoomTab;
import org.majlis.report.ReportHistoryService;
import org.majlis.report.ReportService;

/** Fills the room page's Report tab (replacing its placeholder). */
@org.springframework.stereotype.Component
class ReportRoomTab implements RoomTab {

    private final ReportServices services;

    ReportRoomTab(ReportService reports, ReportHistoryService history, RoomUpdates updates, ReportFiles files,
                  ExportJobs jobs) {
        this.services = new ReportServices(reports, history, updates, files, jobs);
    }

    @Override
    public String titleKey() {
        return "room.tab.report";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public com.vaadin.flow.component.Component create(RoomDetails details) {
        return new ReportTab(services, details);
    }

    /** The services the report views use, passed along as one. */
    record ReportServices(ReportService reports, ReportHistoryService history, RoomUpdates updates,
                          ReportFiles files, ExportJobs jobs) {
    }
}
