package org.majlis.outcome.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.majlis.matrix.ImportTarget;
import org.majlis.matrix.ui.MatrixImportDialogs;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.majlis.base.ui.Formats;
import org.majlis.export.Format;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.EditionSummary;
import org.majlis.outcome.ExportFile;
import org.majlis.outcome.ExportJobs;
import org.majlis.outcome.ExportService;
import org.majlis.security.Roles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The secretariat's outcome documents: for each edition, newest first, a section per document with its exports —
 * the matrix of joint activities (adopted entries, the final report's annex) and the implementation review of the
 * previous edition's matrix — and those of every {@link EditionDocuments} bean (the final report).
 */
@Route("admin/outcome-documents")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 14, title = "nav.outcome-documents", icon = "vaadin:file-text-o")
class OutcomeDocumentsView extends VerticalLayout implements HasDynamicTitle {

    private static final String MATRIX = "matrix";
    private static final String REVIEW = "review";

    private final ExportJobs jobs;
    private final ExportService exports;
    private final List<EditionDocuments> more;
    private final MatrixImportDialogs imports;

    OutcomeDocumentsView(EditionService editions, ExportJobs jobs, ExportService exports,
                         List<EditionDocuments> more, MatrixImportDialogs imports) {
        this.jobs = jobs;
        this.exports = exports;
        this.imports = imports;
        this.more = more.stream().sorted(Comparator.comparingInt(EditionDocuments::order)).toList();
        addClassName("admin-view");
        setId("outcome-documents-view");
        add(new H2(getTranslation("outcome.title")), new Paragraph(getTranslation("outcome.intro")));
        var list = editions.list();
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("outcome.no-edition")));
        }
        list.forEach(edition -> add(edition(edition)));
    }

    private Div edition(EditionSummary edition) {
        var card = new Div();
        card.addClassName("outcome-edition");
        card.setId("outcome-" + edition.number());
        var locale = getLocale();
        card.add(new H3(getTranslation("edition.title", edition.number(), edition.city().in(locale))),
                new Paragraph(getTranslation("edition.dates", Formats.date(edition.startDate(), locale),
                        Formats.date(edition.endDate(), locale))));
        for (var section : sections(edition)) {
            var part = new Div();
            part.addClassName("outcome-section");
            part.add(new H4(getTranslation(section.titleKey())), new Paragraph(getTranslation(section.textKey())),
                    new ExportMenu(jobs, "outcome-" + edition.number() + "-" + section.id(), "export.menu",
                            section.options(), section.producer()));
            if (MATRIX.equals(section.id())) {
                // Import where the export is: an earlier matrix in a spreadsheet, a sheet (or a column) per room.
                var importButton = new Button(getTranslation("matrix.import.button"), VaadinIcon.UPLOAD.create(),
                        click -> imports.open(ImportTarget.edition(edition.id()), false, () -> { }));
                importButton.setId("outcome-" + edition.number() + "-matrix-import");
                part.add(importButton);
            }
            card.add(part);
        }
        return card;
    }

    /** The documents of an edition, in the order they are shown. */
    List<EditionDocument> sections(EditionSummary edition) {
        var sections = new ArrayList<EditionDocument>();
        var editionId = edition.id();
        sections.add(new EditionDocument(MATRIX, "outcome.matrix.title", "outcome.matrix.text",
                ExportOptions.of(Format.XLSX, Format.CSV, Format.DOCX, Format.PDF),
                option -> exports.editionMatrix(editionId, option.format(), option.layout())));
        if (edition.previousEditionId() != null) {
            sections.add(new EditionDocument(REVIEW, "outcome.review.title", "outcome.review.text",
                    ExportOptions.of(Format.XLSX, Format.PDF),
                    option -> exports.review(editionId, option.format(), option.layout())));
        }
        more.forEach(source -> sections.addAll(source.documents(edition)));
        return sections;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outcome.page-title");
    }
}
