package org.majlis.matrix.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.majlis.base.ui.Bidi;
import org.majlis.base.ui.Messages;
import org.majlis.matrix.EntryConflictException;
import org.majlis.matrix.EntryData;
import org.majlis.matrix.EntryField;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Someone saved the entry while this user was editing it. Shows what they changed and, for every field where the
 * saved entry and the user's version differ, lets the user keep theirs or take their own; then saves the merge, or
 * reloads the saved entry and drops the user's changes.
 */
class ConflictDialog extends Dialog {

    enum Choice { THEIRS, MINE }

    private final Map<EntryField, RadioButtonGroup<Choice>> choices = new LinkedHashMap<>();

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
        var table = new Div();
        table.addClassNames("diff-table", "diff-table-4");
        table.setId("conflict-fields");
        table.add(header("matrix.diff.field"), header("matrix.conflict.theirs"), header("matrix.conflict.mine"),
                header("matrix.conflict.keep"));
        var changedByOthers = conflict.changedByOthers();
        var conflicting = conflict.conflicting();
        for (var field : conflict.differing()) {
            var label = new Span(getTranslation(field.labelKey()));
            if (conflicting.contains(field)) {
                label.addClassName("diff-conflict");
            }
            var choice = new RadioButtonGroup<Choice>();
            choice.setItems(Choice.values());
            choice.setItemLabelGenerator(c -> getTranslation("matrix.conflict." + c.name().toLowerCase()));
            choice.setValue(changedByOthers.contains(field) ? Choice.THEIRS : Choice.MINE);
            choice.setId("conflict-choice-" + field.name());
            choices.put(field, choice);
            table.add(label, cell(labels, field, conflict.current()), cell(labels, field, conflict.mine()), choice);
        }
        add(table);
        var save = new Button(getTranslation("matrix.conflict.save"), e -> {
            var merged = conflict.current();
            for (var entry : choices.entrySet()) {
                if (entry.getValue().getValue() == Choice.MINE) {
                    merged = entry.getKey().copy(merged, conflict.mine());
                }
            }
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

    private Span header(String key) {
        var span = new Span(getTranslation(key));
        span.addClassName("diff-header");
        return span;
    }

    private static Div cell(MatrixLabels labels, EntryField field, EntryData data) {
        var cell = new Div(labels.valueComponent(field, data));
        cell.addClassName("diff-cell");
        return cell;
    }
}
