package org.majlis.matrix.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.majlis.base.ui.Bidi;
import org.majlis.base.ui.MergeTable;
import org.majlis.base.ui.Messages;
import org.majlis.matrix.EntryConflictException;
import org.majlis.matrix.EntryData;
import org.majlis.matrix.EntryField;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Someone saved the entry while this user was editing it. Shows what they changed and, for every field where the
 * saved entry and the user's version differ, lets the user keep theirs or take their own; then saves the merge, or
 * reloads the saved entry and drops the user's changes. The table of choices is the shared {@link MergeTable}.
 */
class ConflictDialog extends Dialog {

    ConflictDialog(EntryConflictException conflict, MatrixLabels labels, Consumer<EntryData> saveMerged,
                   Runnable reload) {
        setId("conflict-dialog");
        setWidth("min(64rem, 95vw)");
        setHeaderTitle(getTranslation("matrix.conflict.title"));
        add(new Paragraph(getTranslation("matrix.conflict.text")));
        var since = new UnorderedList();
        for (var revision : conflict.since()) {
            since.add(new ListItem(Bidi.message(this, "matrix.conflict.by", revision.authorName(),
                    getTranslation("matrix.revision." + revision.kind().name()))
                    + (revision.summary() == null ? "" : " — " + Bidi.isolate(revision.summary()))));
        }
        add(since);
        var table = new MergeTable<>(conflict.merge(), "conflict", field -> getTranslation(field.labelKey()),
                (field, data) -> labels.valueComponent(field, data), EntryField::name);
        add(table);
        var save = new Button(getTranslation("matrix.conflict.save"), e -> {
            var merged = table.merged();
            try {
                saveMerged.accept(merged);
                close();
            } catch (EntryConflictException again) {
                Messages.error(this, "matrix.conflict.again");
                close();
                reload.run();
            } catch (RuntimeException failure) {
                if (!Messages.showFailure(this, failure, Map.of())) {
                    throw failure;
                }
            }
        });
        save.setId("conflict-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var discard = new Button(getTranslation("matrix.conflict.reload"), e -> {
            close();
            reload.run();
        });
        discard.setId("conflict-reload");
        getFooter().add(discard, save);
    }
}
