package org.majlis.outcome.ui;

import com.vaadin.flow.component.Component;
import org.majlis.export.Format;
import org.majlis.matrix.MatrixTabExtension;
import org.majlis.meetings.RoomDetails;
import org.majlis.outcome.ExportJobs;
import org.majlis.outcome.ExportService;

import java.util.Optional;

/**
 * The "Export" menu of a room's Matrix tab, for everyone who may read the room: the room's matrix (every entry but
 * the withdrawn ones) in XLSX, CSV, DOCX or PDF, in any language.
 */
@org.springframework.stereotype.Component
class MatrixExportTool implements MatrixTabExtension {

    private final ExportJobs jobs;
    private final ExportService exports;

    MatrixExportTool(ExportJobs jobs, ExportService exports) {
        this.jobs = jobs;
        this.exports = exports;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> toolbarComponent(RoomDetails room) {
        var roomId = room.room().id();
        return Optional.of(new ExportMenu(jobs, "matrix-export", "export.menu",
                ExportOptions.of(Format.XLSX, Format.CSV, Format.DOCX, Format.PDF),
                option -> exports.roomMatrix(roomId, option.format(), option.layout())));
    }
}
