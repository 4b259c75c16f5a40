package org.majlis.matrix.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.majlis.base.ui.Messages;
import org.majlis.matrix.EntryConflictException;
import org.majlis.matrix.EntryData;
import org.majlis.matrix.EntryDetails;
import org.majlis.matrix.EntrySummary;
import org.majlis.matrix.IllegalTransitionException;
import org.majlis.matrix.ui.MatrixRoomTab.MatrixServices;
import org.majlis.meetings.RoomDetails;

import java.util.HashMap;
import java.util.function.Supplier;

/**
 * One entry: read it, edit it (with a note on what changed), move it through the workflow, comment on it, see its
 * history. A save refused because someone else saved first opens the {@link ConflictDialog}.
 */
class EntryDialog extends Dialog {

    private final MatrixServices services;
    private final RoomDetails room;
    private final MatrixLabels labels;
    private final Runnable onChange;
    private final Div body = new Div();
    private final Div actions = new Div();
    private @Nullable EntryDetails details;
    private @Nullable EntryForm form;
    private final TextField note = new TextField();

    EntryDialog(MatrixServices services, RoomDetails room, MatrixLabels labels, @Nullable Long entryId,
                Runnable onChange) {
        this.services = services;
        this.room = room;
        this.labels = labels;
        this.onChange = onChange;
        setId("entry-dialog");
        setWidth("min(72rem, 95vw)");
        setDraggable(true);
        setResizable(true);
        note.setLabel(getTranslation("matrix.change-note"));
        note.setId("entry-change-note");
        note.setWidthFull();
        add(body);
        getFooter().add(actions);
        actions.addClassName("entry-actions");
        if (entryId == null) {
            setHeaderTitle(getTranslation("matrix.new-entry"));
            edit(EntryData.empty());
        } else {
            show(services.matrix().get(entryId));
        }
    }

    /** The entry shown, or null while a new one is being drafted. */
    @Nullable Long entryId() {
        return details == null ? null : details.entry().id();
    }

    /** Reloads the entry when it changed elsewhere, unless the user is editing it (their save will meet a merge). */
    void refreshIfUnchanged() {
        if (form == null && details != null) {
            show(services.matrix().get(details.entry().id()));
        }
    }

    private void show(EntryDetails loaded) {
        details = loaded;
        form = null;
        var entry = loaded.entry();
        setHeaderTitle(entry.data().code() + " · " + getTranslation("matrix.status." + entry.status().name()));
        body.removeAll();
        body.add(new EntryView(entry, labels), new CommentsPanel(services.matrix(), loaded, this::changed));
        actions.removeAll();
        var may = loaded.may();
        var id = entry.id();
        var version = entry.version();
        button("entry-edit", "matrix.action.edit", may.edit(), () -> edit(entry.data()));
        action("entry-submit", "matrix.action.submit", may.submit(), () -> services.matrix().submit(id, version));
        action("entry-adopt", "matrix.action.adopt", may.adopt(), () -> services.matrix().adopt(id, version))
                .addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        button("entry-return", "matrix.action.return", may.returnToDrafting(), () -> askReason(
                "matrix.return.reason", reason -> services.matrix().returnToDrafting(id, version, reason)));
        button("entry-withdraw", "matrix.action.withdraw", may.withdraw(), () -> confirmWithdraw(entry))
                .addThemeVariants(ButtonVariant.LUMO_ERROR);
        button("entry-reopen", "matrix.action.reopen", may.reopen(), () -> askReason("matrix.reopen.reason",
                reason -> services.matrix().reopen(id, version, reason)));
        button("entry-history", "matrix.action.history", true,
                () -> new HistoryDialog(services, labels, id, may.restore(), () -> changed(
                        services.matrix().get(id))).open());
        button("entry-close", "matrix.action.close", true, this::close);
    }

    /** Withdrawing is final, so it is confirmed first. */
    private void confirmWithdraw(EntrySummary entry) {
        var confirm = new ConfirmDialog();
        confirm.setId("entry-withdraw-confirm");
        confirm.setHeader(getTranslation("matrix.withdraw.title", entry.data().code()));
        confirm.setText(getTranslation("matrix.withdraw.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("matrix.action.cancel"));
        confirm.setConfirmText(getTranslation("matrix.action.withdraw"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> run(() -> services.matrix().withdraw(entry.id(), entry.version())));
        confirm.open();
    }

    private void edit(EntryData data) {
        form = new EntryForm(labels);
        form.write(data);
        note.clear();
        body.removeAll();
        body.add(form, note);
        actions.removeAll();
        var save = button("entry-save", "matrix.action.save", true, this::save);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button("entry-cancel", "matrix.action.cancel", true, () -> {
            if (details == null) {
                close();
            } else {
                show(details);
            }
        });
    }

    private void save() {
        var current = form;
        if (current == null) {
            return;
        }
        Messages.clear(current.fields());
        var data = current.read();
        try {
            var saved = details == null
                    ? services.matrix().draft(room.room().id(), data, note.getValue())
                    : services.matrix().update(details.entry().id(), details.entry().version(), data,
                    note.getValue());
            Messages.success(this, "matrix.saved", saved.entry().data().code());
            changed(saved);
        } catch (EntryConflictException conflict) {
            new ConflictDialog(conflict, labels, merged -> {
                var saved = services.matrix().saveMerged(conflict.entryId(), conflict.currentVersion(), merged,
                        note.getValue());
                Messages.success(this, "matrix.merged", saved.entry().data().code());
                changed(saved);
            }, () -> changed(services.matrix().get(conflict.entryId()))).open();
        } catch (RuntimeException failure) {
            var fields = new HashMap<>(current.fields());
            fields.put("summary", note);
            if (!Messages.showFailure(this, failure, fields)) {
                throw failure;
            }
        }
    }

    private void changed(EntryDetails updated) {
        show(updated);
        onChange.run();
    }

    private Button action(String id, String key, boolean visible, Supplier<EntryDetails> command) {
        return button(id, key, visible, () -> run(command));
    }

    private void run(Supplier<EntryDetails> command) {
        try {
            changed(command.get());
        } catch (IllegalTransitionException illegal) {
            Messages.error(this, illegal.messageKey(), getTranslation("matrix.status." + illegal.from().name()));
            changed(services.matrix().get(details.entry().id()));
        } catch (RuntimeException failure) {
            if (!Messages.showFailure(this, failure, java.util.Map.of())) {
                throw failure;
            }
            if (details != null) {
                changed(services.matrix().get(details.entry().id()));
            }
        }
    }

    private Button button(String id, String key, boolean visible, Runnable click) {
        var button = new Button(getTranslation(key), e -> click.run());
        button.setId(id);
        button.setVisible(visible);
        actions.add(button);
        return button;
    }

    private void askReason(String labelKey, java.util.function.Function<String, EntryDetails> command) {
        var dialog = new Dialog();
        dialog.setId("entry-reason-dialog");
        var reason = new TextField(getTranslation(labelKey));
        reason.setId("entry-reason");
        reason.setWidthFull();
        dialog.add(reason);
        var confirm = new Button(getTranslation("matrix.action.confirm"), e -> {
            try {
                changed(command.apply(reason.getValue()));
                dialog.close();
            } catch (RuntimeException failure) {
                if (!Messages.showFailure(this, failure, java.util.Map.of("reason", reason))) {
                    throw failure;
                }
            }
        });
        confirm.setId("entry-reason-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("matrix.action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }
}
