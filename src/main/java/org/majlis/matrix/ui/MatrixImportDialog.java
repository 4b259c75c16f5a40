package org.majlis.matrix.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import org.jspecify.annotations.Nullable;
import org.majlis.base.InvalidInputException;
import org.majlis.base.RefusedException;
import org.majlis.base.ui.Bidi;
import org.majlis.base.ui.Messages;
import org.majlis.matrix.ImportAction;
import org.majlis.matrix.ImportPreview;
import org.majlis.matrix.ImportProblem;
import org.majlis.matrix.ImportResult;
import org.majlis.matrix.ImportRow;
import org.majlis.matrix.ImportTarget;
import org.majlis.matrix.MatrixImportService;
import org.springframework.security.access.AccessDeniedException;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * Imports matrix entries from a file: the user uploads an XLSX or CSV file, the preview is read off the UI thread
 * with a progress bar pushed as rows are checked, then lists every row (create, update, unchanged, or its problems
 * with their columns; problem rows highlighted, "problems only" filter). Import stays disabled while any row has a
 * problem; confirming writes the whole file at once or nothing, and says what was done. A file that cannot be read
 * gets its translated reason under the upload.
 */
public class MatrixImportDialog extends Dialog {

    private final MatrixImportService imports;
    private final ImportJobs jobs;
    private final ImportTarget target;
    private final Runnable imported;
    private final Span fileError = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Paragraph summary = new Paragraph();
    private final Paragraph language = new Paragraph();
    private final Checkbox problemsOnly = new Checkbox();
    private final Grid<ImportRow> grid = new Grid<>();
    private final Button confirm = new Button();
    private final Paragraph result = new Paragraph();
    private @Nullable ImportPreview preview;

    MatrixImportDialog(MatrixImportService imports, ImportJobs jobs, ImportTarget target, boolean rapporteur,
                       Runnable imported) {
        this.imports = imports;
        this.jobs = jobs;
        this.target = target;
        this.imported = imported;
        setId("matrix-import-dialog");
        setHeaderTitle(getTranslation("matrix.import.title"));
        setWidth("min(72rem, 96vw)");
        setResizable(true);
        add(new Paragraph(getTranslation("matrix.import.intro")));
        if (rapporteur) {
            add(new Paragraph(getTranslation("matrix.import.intro-rapporteur")));
        }
        add(upload());
        fileError.setId("matrix-import-file-error");
        fileError.addClassName("field-error");
        progress.setId("matrix-import-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("common.progress"));
        progress.setVisible(false);
        progressText.setId("matrix-import-progress-text");
        summary.setId("matrix-import-summary");
        language.setId("matrix-import-language");
        problemsOnly.setLabel(getTranslation("matrix.import.errors-only"));
        problemsOnly.setId("matrix-import-errors-only");
        problemsOnly.setVisible(false);
        problemsOnly.addValueChangeListener(event -> showRows());
        result.setId("matrix-import-result");
        add(fileError, progress, progressText, summary, language, problemsOnly, grid(), result);

        confirm.setText(getTranslation("matrix.import.confirm"));
        confirm.setId("matrix-import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(event -> confirmImport());
        var close = new Button(getTranslation("matrix.import.close"), event -> close());
        close.setId("matrix-import-close");
        getFooter().add(close, confirm);
    }

    private Upload upload() {
        var maxBytes = MatrixImportService.MAX_BYTES;
        var tooBig = getTranslation("matrix.import.file-too-big", maxBytes / (1024 * 1024));
        // Reads at most one byte more than allowed, so an oversized upload never fills the memory; the service
        // checks size and type again.
        var upload = new Upload((UploadHandler) event -> {
            var bytes = event.getInputStream().readNBytes(maxBytes + 1);
            var name = event.getFileName();
            if (bytes.length > maxBytes) {
                event.reject(tooBig);
                return;
            }
            event.getUI().access(() -> startPreview(name, bytes));
        });
        upload.setId("matrix-import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.setAcceptedFileTypes(".xlsx", ".csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv");
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("matrix.import.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("matrix.import.upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(tooBig)
                .setIncorrectFileType(getTranslation("matrix.import.file-type"))
                .setTooManyFiles(getTranslation("matrix.import.upload.one-file")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(event -> fileError.setText(event.getErrorMessage()));
        upload.addFileRemovedListener(event -> reset());
        return upload;
    }

    private Grid<ImportRow> grid() {
        grid.setId("matrix-import-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(row -> row.sheet() == null ? String.valueOf(row.number())
                        : getTranslation("matrix.import.sheet-row", row.sheet(), row.number()))
                .setHeader(getTranslation("matrix.import.column.row")).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(row -> row.data().code() == null ? "" : row.data().code())
                .setHeader(getTranslation("matrix.import.column.code")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(row -> row.data().title().in(Bidi.locale(this)))
                .setHeader(getTranslation("matrix.import.column.title")).setFlexGrow(2);
        grid.addColumn(row -> getTranslation("matrix.import.action."
                        + (row.hasProblems() ? "ERROR" : row.action().name())))
                .setHeader(getTranslation("matrix.import.column.action")).setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(row -> {
            var problems = new Span(row.problems().stream().map(this::problem).collect(Collectors.joining("\n")));
            problems.addClassName("matrix-import-problems");
            return problems;
        }).setHeader(getTranslation("matrix.import.column.problems")).setFlexGrow(3);
        grid.setPartNameGenerator(row -> row.hasProblems() ? "import-error-row" : null);
        grid.setAllRowsVisible(false);
        grid.setHeight("24rem");
        grid.setVisible(false);
        return grid;
    }

    /** "Lead UN entity: Unknown organisation “Nowhere”", with the language for a text ("Title (Arabic): …"). */
    private String problem(ImportProblem problem) {
        var message = Bidi.message(this, problem.messageKey(), Messages.translatedArgs(this, problem.args()));
        if (problem.column() == null) {
            return message;
        }
        var column = getTranslation(problem.column().headerKey());
        return problem.language() == null ? getTranslation("matrix.import.problem", column, message)
                : getTranslation("matrix.import.problem-language", column,
                getTranslation("export.language." + problem.language().name()), message);
    }

    private void reset() {
        preview = null;
        fileError.setText("");
        summary.setText("");
        language.setText("");
        result.setText("");
        progress.setVisible(false);
        progressText.setText("");
        problemsOnly.setVisible(false);
        grid.setVisible(false);
        grid.setItems();
        confirm.setEnabled(false);
    }

    /** Reads the file on the import threads; progress and the preview come back through {@code ui.access}. */
    private void startPreview(String fileName, byte[] bytes) {
        reset();
        var ui = UI.getCurrent();
        progress.setVisible(true);
        progress.setIndeterminate(true);
        CompletableFuture<ImportPreview> future;
        try {
            future = jobs.submit(() -> imports.preview(target, fileName, bytes, (done, total) -> ui.access(() -> {
                progress.setIndeterminate(false);
                progress.setValue(total == 0 ? 1 : (double) done / total);
                progressText.setText(getTranslation("matrix.import.reading", done, total));
            })));
        } catch (RefusedException e) {
            progress.setVisible(false);
            Messages.showFailure(this, e, Map.of());
            return;
        }
        future.whenComplete((done, failure) -> ui.access(() -> {
            progress.setVisible(false);
            progressText.setText("");
            if (failure != null) {
                showFailure(unwrap(failure));
            } else {
                show(done);
            }
        }));
    }

    private void show(ImportPreview loaded) {
        preview = loaded;
        var problems = loaded.rowsWithProblems();
        summary.setText(problems > 0
                ? getTranslation("matrix.import.summary", loaded.count(ImportAction.CREATE),
                loaded.count(ImportAction.UPDATE), loaded.count(ImportAction.UNCHANGED), problems)
                : getTranslation("matrix.import.summary-ok", loaded.count(ImportAction.CREATE),
                loaded.count(ImportAction.UPDATE), loaded.count(ImportAction.UNCHANGED)));
        summary.getElement().setAttribute("data-problems", String.valueOf(problems));
        language.setText(getTranslation("matrix.import.language",
                getTranslation("export.language." + loaded.language().name())));
        problemsOnly.setVisible(true);
        problemsOnly.setValue(problems > 0);
        grid.setVisible(true);
        showRows();
        // A file that changes nothing may be imported too: it says so (idempotent), as the summary promises.
        confirm.setEnabled(!loaded.hasProblems());
    }

    private void showRows() {
        var loaded = preview;
        if (loaded == null) {
            return;
        }
        grid.setItems(problemsOnly.getValue()
                ? loaded.rows().stream().filter(ImportRow::hasProblems).toList() : loaded.rows());
    }

    private void confirmImport() {
        var loaded = preview;
        if (loaded == null || loaded.hasProblems()) {
            return;
        }
        confirm.setEnabled(false);
        progress.setVisible(true);
        progress.setIndeterminate(true);
        var ui = UI.getCurrent();
        CompletableFuture<ImportResult> future;
        try {
            future = jobs.submit(() -> imports.confirm(loaded));
        } catch (RefusedException e) {
            progress.setVisible(false);
            confirm.setEnabled(true);
            Messages.showFailure(this, e, Map.of());
            return;
        }
        future.whenComplete((done, failure) -> ui.access(() -> {
            progress.setVisible(false);
            if (failure != null) {
                showFailure(unwrap(failure));
                return;
            }
            preview = null;
            grid.setItems();
            grid.setVisible(false);
            problemsOnly.setVisible(false);
            summary.setText("");
            language.setText("");
            var message = getTranslation("matrix.import.done", done.created(), done.updated(), done.unchanged());
            result.setText(message);
            Messages.success(this, "matrix.import.done", done.created(), done.updated(), done.unchanged());
            imported.run();
        }));
    }

    /** A file that cannot be read, or an import refused: the translated reason under the upload, nothing changed. */
    private void showFailure(Throwable failure) {
        if (failure instanceof InvalidInputException invalid) {
            fileError.setText(invalid.errors().stream()
                    .map(error -> Bidi.message(this, error.messageKey(), Messages.translatedArgs(this, error.args())))
                    .collect(Collectors.joining(" · ")));
            confirm.setEnabled(false);
            return;
        }
        if (failure instanceof AccessDeniedException || failure instanceof RefusedException) {
            Messages.showFailure(this, (RuntimeException) failure, Map.of());
            return;
        }
        throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
