package org.majlis.floor.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import org.majlis.base.ConcurrentEditException;
import org.majlis.base.LocalizedText;
import org.majlis.base.ui.Messages;
import org.majlis.floor.FloorRequestSummary;
import org.majlis.floor.StatementData;
import org.majlis.floor.StatementService;
import org.majlis.floor.StatementSummary;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A delegate writes the statement of their request or intervention — in any of the three languages — and may
 * attach a PDF or Word file (the server checks its type by its bytes and its size).
 */
class StatementDialog extends Dialog {

    private final TextArea textEn = new TextArea();
    private final TextArea textFr = new TextArea();
    private final TextArea textAr = new TextArea();
    private final Checkbox removeFile = new Checkbox();
    private final Span fileError = new Span();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private volatile String fileName;
    private volatile byte[] fileBytes;
    /** The version of the statement shown, so that a save never overwrites one saved meanwhile elsewhere. */
    private long loadedVersion = StatementService.NO_STATEMENT;

    StatementDialog(FloorActions actions, FloorRequestSummary request, Runnable saved) {
        setId("floor-statement-dialog");
        setHeaderTitle(getTranslation("floor.statement.title"));
        setWidth("min(48rem, 95vw)");
        field(textEn, "textEn", "floor.statement.text-en");
        field(textFr, "textFr", "floor.statement.text-fr");
        field(textAr, "textAr", "floor.statement.text-ar");
        textAr.getElement().setAttribute("dir", "rtl");
        add(new Paragraph(FloorTexts.speaker(this, request) + " · " + FloorTexts.kind(this, request.kind())),
                textEn, textFr, textAr);

        var maxBytes = actions.statements().maxFileBytes();
        // Reads at most one byte more than allowed, so an oversized upload never fills the memory; the service
        // checks size and type again.
        var tooBig = getTranslation("floor.statement.file-too-big", maxBytes / (1024 * 1024));
        var upload = new Upload((UploadHandler) event -> {
            var bytes = event.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                event.reject(tooBig);
                return;
            }
            fileName = event.getFileName();
            fileBytes = bytes;
        });
        upload.setId("floor-statement-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes("application/pdf", ".pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
        upload.setI18n(i18n(maxBytes));
        upload.addFileRejectedListener(event -> {
            fileError.setText(event.getErrorMessage());
        });
        upload.addFileRemovedListener(event -> {
            fileName = null;
            fileBytes = null;
        });
        fileError.addClassName("field-error");
        add(new Paragraph(getTranslation("floor.statement.file-help", maxBytes / (1024 * 1024))), upload, fileError);

        removeFile.setId("floor-statement-remove-file");
        removeFile.setVisible(false);
        add(removeFile);
        load(actions, request);
        // kept in the browser until the server confirms the save, restored from there if it is not (ADR 0052)
        var draft = new StatementDraft(request, Map.of("en", textEn, "fr", textFr, "ar", textAr));
        draft.keep();
        draft.restore(() -> Messages.success(this, "outage.draft.restored"));

        var save = new Button(getTranslation("live.save"), click -> {
            Messages.clear(fields);
            fileError.setText("");
            try {
                actions.statements().submit(actions.roomId(), request.id(), loadedVersion, new StatementData(
                        LocalizedText.of(textEn.getValue(), textFr.getValue(), textAr.getValue()), fileName, fileBytes,
                        removeFile.getValue()));
                Messages.success(this, "floor.statement.saved");
                getUI().ifPresent(draft::clear);
                close();
                saved.run();
            } catch (org.majlis.base.InvalidInputException e) {
                e.errors().stream().filter(error -> error.field().equals("file"))
                        .forEach(error -> fileError.setText(getTranslation(error.messageKey(), error.args())));
                Messages.showFailure(this, new org.majlis.base.InvalidInputException(e.errors().stream()
                        .filter(error -> !error.field().equals("file")).toList()), fields);
            } catch (ConcurrentEditException e) {
                // Saved meanwhile from another tab or device: say so and show what is saved now.
                Messages.showFailure(this, e, fields);
                load(actions, request);
            } catch (RuntimeException e) {
                if (!Messages.showFailure(this, e, fields)) {
                    throw e;
                }
            }
        });
        save.setId("floor-statement-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("live.cancel"), click -> close()), save);
    }

    /** Shows the statement as saved now (texts, file, version). */
    private void load(FloorActions actions, FloorRequestSummary request) {
        var existing = actions.statements().ofRequest(actions.roomId(), request.id());
        loadedVersion = existing.map(StatementSummary::version).orElse(StatementService.NO_STATEMENT);
        textEn.setValue(orEmpty(existing.map(s -> s.text().en()).orElse(null)));
        textFr.setValue(orEmpty(existing.map(s -> s.text().fr()).orElse(null)));
        textAr.setValue(orEmpty(existing.map(s -> s.text().ar()).orElse(null)));
        var file = existing.filter(StatementSummary::hasFile).map(StatementSummary::fileName);
        removeFile.setValue(false);
        removeFile.setVisible(file.isPresent());
        file.ifPresent(name -> removeFile.setLabel(getTranslation("floor.statement.remove-file", name)));
    }

    private void field(TextArea area, String name, String key) {
        area.setLabel(getTranslation(key));
        area.setId("floor-statement-" + name);
        area.setWidthFull();
        area.setMaxHeight("12rem");
        fields.put(name, area);
    }

    private UploadI18N i18n(long maxBytes) {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("floor.statement.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("floor.statement.upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("floor.statement.file-too-big", maxBytes / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("floor.statement.file-type"))
                .setTooManyFiles(getTranslation("floor.statement.upload.one-file")));
        return i18n;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
