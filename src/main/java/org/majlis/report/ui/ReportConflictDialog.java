package org.majlis.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.majlis.base.ui.Bidi;
import org.majlis.base.ui.MergeTable;
import org.majlis.base.ui.Messages;
import org.majlis.report.ReportConflictException;
import org.majlis.report.ReportField;
import org.majlis.report.ReportTexts;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Someone saved the report while this user was editing it: what they did, and per text and language that differs a
 * choice between the saved version and the user's (the shared {@link MergeTable}); then save the merge, or reload.
 */
class ReportConflictDialog extends Dialog {

    ReportConflictDialog(ReportTab tab, ReportConflictException conflict, Consumer<ReportTexts> saveMerged,
                         Runnable reload) {
        setId("report-conflict-dialog");
        setWidth("min(64rem, 95vw)");
        setHeaderTitle(getTranslation("report.conflict.title"));
        add(new Paragraph(getTranslation("report.conflict.text")));
        var since = new UnorderedList();
        for (var revision : conflict.since()) {
            since.add(new ListItem(Bidi.message(this, "report.conflict.by", revision.authorName(),
                    getTranslation("report.revision." + revision.kind().name()))));
        }
        add(since);
        var table = new MergeTable<>(conflict.merge(), "report-conflict", this::label, ReportConflictDialog::value,
                ReportField::key);
        add(table);
        var save = new Button(getTranslation("report.conflict.save"), e -> {
            try {
                saveMerged.accept(table.merged());
                close();
            } catch (ReportConflictException again) {
                Messages.error(tab, "report.conflict.again");
                close();
                reload.run();
            } catch (RuntimeException failure) {
                if (!Messages.showFailure(tab, failure, Map.of())) {
                    throw failure;
                }
            }
        });
        save.setId("report-conflict-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var discard = new Button(getTranslation("report.conflict.reload"), e -> {
            close();
            reload.run();
        });
        discard.setId("report-conflict-reload");
        getFooter().add(discard, save);
    }

    String label(ReportField field) {
        return ReportHistoryDialog.label(this, field);
    }

    static Component value(ReportField field, ReportTexts texts) {
        return ReportHistoryDialog.value(field, texts);
    }
}
