package org.majlis.matrix.ui;

import org.majlis.matrix.ImportTarget;
import org.majlis.matrix.MatrixImportService;
import org.springframework.stereotype.Component;

/**
 * Opens the import dialog: from a room's Matrix tab (rapporteur, secretariat) or, for a whole edition, from the
 * secretariat's Outcome documents page (in the {@code outcome} module, which sees this class as {@code matrix::ui}).
 */
@Component
public class MatrixImportDialogs {

    private final MatrixImportService imports;
    private final ImportJobs jobs;

    MatrixImportDialogs(MatrixImportService imports, ImportJobs jobs) {
        this.imports = imports;
        this.jobs = jobs;
    }

    /** Whether the current user may import into the room. */
    public boolean mayImport(long roomId) {
        return imports.mayImport(roomId);
    }

    /** Opens the dialog; {@code imported} runs after a confirmed import. */
    public MatrixImportDialog open(ImportTarget target, boolean rapporteur, Runnable imported) {
        var dialog = new MatrixImportDialog(imports, jobs, target, rapporteur, imported);
        dialog.open();
        return dialog;
    }
}
