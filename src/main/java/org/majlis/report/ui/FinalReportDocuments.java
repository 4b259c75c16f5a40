package org.majlis.report.ui;

import org.majlis.export.Format;
import org.majlis.meetings.EditionSummary;
import org.majlis.outcome.ui.EditionDocument;
import org.majlis.outcome.ui.EditionDocuments;
import org.majlis.outcome.ui.ExportMenu;
import org.majlis.report.ReportFiles;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The meeting's final report on the secretariat's Outcome documents page: DOCX or PDF, in one language or the three
 * side by side; a second version with the implementation review of the previous edition's matrix as annex II when
 * the edition has a previous one.
 */
@Component
class FinalReportDocuments implements EditionDocuments {

    private final ReportFiles files;

    FinalReportDocuments(ReportFiles files) {
        this.files = files;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public List<EditionDocument> documents(EditionSummary edition) {
        var options = new ArrayList<ExportMenu.Option>(ExportMenu.Option.all("export.format.DOCX", Format.DOCX));
        options.addAll(ExportMenu.Option.all("export.format.PDF", Format.PDF));
        var editionId = edition.id();
        var documents = new ArrayList<EditionDocument>();
        documents.add(new EditionDocument("final-report", "report.final.section.title", "report.final.section.text",
                options, option -> files.finalReport(editionId, option.format(), option.layout(), false)));
        if (edition.previousEditionId() != null) {
            documents.add(new EditionDocument("final-report-review", "report.final.section-review.title",
                    "report.final.section-review.text", options,
                    option -> files.finalReport(editionId, option.format(), option.layout(), true)));
        }
        return documents;
    }
}
