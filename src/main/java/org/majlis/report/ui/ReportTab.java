package org.majlis.report.ui;

import org.majlis.export.Format;
import org.majlis.outcome.ui.ExportMenu;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jspecify.annotations.Nullable;
import org.majlis.base.ui.Bidi;
import org.majlis.base.ui.Formats;
import org.majlis.base.ui.LiveUpdates;
import org.majlis.base.ui.Messages;
import org.majlis.meetings.RoomDetails;
import org.majlis.report.ReportConflictException;
import org.majlis.report.ReportOverview;
import org.majlis.report.ReportPart;
import org.majlis.report.ReportEvent;
import org.majlis.report.ReportTexts;
import org.majlis.report.RoomReport;
import org.majlis.report.ui.ReportRoomTab.ReportServices;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The room's report: its status and what is still missing per language, the record (read-only), per agenda item the
 * interventions and statements with the summary in three languages, the introduction and the recommendations; and
 * the buttons the user's role allows (start, save, submit, adopt, return, history, refresh from the record). Follows
 * the room live: when someone saves, submits, adopts or returns the report, the tab reloads — unless the user has
 * unsaved changes, who is told instead (their save is then checked and merged).
 */
class ReportTab extends VerticalLayout {

    private @Nullable ExportMenu exportMenu;

    private final ReportServices services;
    private final RoomDetails room;
    private final long roomId;
    private final Div body = new Div();
    private final Span changedElsewhere = new Span();
    private final List<TextEditor> editors = new ArrayList<>();
    private @Nullable RoomReport report;
    private boolean dirty;

    ReportTab(ReportServices services, RoomDetails room) {
        this.services = services;
        this.room = room;
        this.roomId = room.room().id();
        setId("report-tab");
        setPadding(false);
        body.setWidthFull();
        changedElsewhere.setId("report-changed-elsewhere");
        changedElsewhere.addClassName("notice");
        changedElsewhere.setVisible(false);
        add(changedElsewhere, body);
        addAttachListener(event -> refresh());
        LiveUpdates.follow(this, services.updates(), roomId, change -> change.any(ReportEvent.class),
                change -> {
                    if (dirty) {
                        changedElsewhere.setText(getTranslation("report.live.changed"));
                        changedElsewhere.setVisible(true);
                    } else {
                        refresh();
                    }
                });
    }

    void refresh() {
        dirty = false;
        changedElsewhere.setVisible(false);
        editors.clear();
        body.removeAll();
        var overview = services.reports().overview(roomId);
        report = overview.report();
        body.add(actions(overview));
        if (report == null) {
            var key = !overview.exists() ? (overview.permissions().start() ? "report.empty.drafter"
                    : "report.empty.reader") : "report.drafting.reader";
            var empty = new Paragraph(getTranslation(key));
            empty.setId("report-empty");
            body.add(empty);
            return;
        }
        body.add(status(report), missing(overview));
        var editable = overview.permissions().edit();
        var record = report.record();
        body.add(RecordPanel.header(this, record));
        if (editable || !report.texts().introduction().isEmpty()) {
            body.add(editor(ReportPart.INTRODUCTION, getTranslation("report.part.introduction"), editable));
        }
        body.add(new H3(getTranslation("report.document.items")));
        if (record.items().isEmpty()) {
            var none = new Paragraph(getTranslation("report.record.no-items"));
            none.setId("report-no-items");
            body.add(none);
        }
        for (var item : record.items()) {
            var section = new Div();
            section.setId("report-item-" + item.id());
            section.addClassName("report-item");
            var title = new H3(RecordPanel.itemTitle(this, item));
            section.add(title);
            if (!item.onAgenda()) {
                var off = new Span(getTranslation("report.record.off-agenda"));
                off.addClassName("badge");
                off.setId("report-off-agenda-" + item.id());
                section.add(off);
            }
            section.add(RecordPanel.item(this, item));
            section.add(editor(ReportPart.summary(item.id()), getTranslation("report.part.summary"), editable));
            body.add(section);
        }
        body.add(editor(ReportPart.RECOMMENDATIONS, getTranslation("report.part.recommendations"), editable));
        body.add(RecordPanel.entries(this, record));
    }

    private TextEditor editor(ReportPart part, String title, boolean editable) {
        var editor = new TextEditor(part, title, report == null ? org.majlis.report.ReportText.empty()
                : report.texts().text(part), editable, () -> dirty = true);
        editors.add(editor);
        return editor;
    }

    private Div status(RoomReport current) {
        var box = new Div();
        var status = new Span(getTranslation("report.status.label",
                getTranslation("report.status." + current.status().name().toLowerCase(java.util.Locale.ROOT))));
        status.setId("report-status");
        status.getElement().setAttribute("data-status", current.status().name());
        box.add(status, new Span(" · "), new Span(Bidi.message(this, "report.updated", current.updatedBy(),
                Formats.dateTime(current.updatedAt(), getLocale()))));
        if (current.returnReason() != null) {
            var reason = new Paragraph(Bidi.message(this, "report.returned", current.returnReason()));
            reason.setId("report-return-reason");
            box.add(reason);
        }
        return box;
    }

    private Div missing(ReportOverview overview) {
        var box = new Div();
        box.setId("report-missing");
        box.add(new H3(getTranslation("report.missing.title")));
        for (var missing : overview.missing()) {
            var language = getTranslation("report.language." + missing.language().code());
            var required = overview.requiredLanguages().contains(missing.language());
            var line = new Paragraph();
            line.setId("report-missing-" + missing.language().code());
            if (missing.none()) {
                line.setText(getTranslation("report.missing.complete", language));
            } else {
                var parts = new ArrayList<String>();
                if (missing.introduction()) {
                    parts.add(getTranslation("report.missing.introduction"));
                }
                if (!missing.itemNumbers().isEmpty()) {
                    parts.add(getTranslation("report.missing.items", missing.itemNumbers().stream()
                            .map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))));
                }
                if (missing.recommendations()) {
                    parts.add(getTranslation("report.missing.recommendations"));
                }
                line.setText(getTranslation(required ? "report.missing.required-line" : "report.missing.line",
                        language, String.join("; ", parts)));
                if (required) {
                    line.addClassName("report-missing-required");
                }
            }
            box.add(line);
        }
        return box;
    }

    private HorizontalLayout actions(ReportOverview overview) {
        var may = overview.permissions();
        var bar = new HorizontalLayout();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setId("report-actions");
        if (may.start()) {
            bar.add(button("report-start", "report.action.start", true,
                    () -> run(() -> services.reports().start(roomId), "report.started")));
        }
        if (may.edit()) {
            bar.add(button("report-save", "report.action.save", true, this::save));
        }
        if (may.submit()) {
            bar.add(button("report-submit", "report.action.submit", false, () -> {
                if (dirty) {
                    Messages.error(this, "report.save-first");
                    return;
                }
                run(() -> services.reports().submit(roomId, version()), "report.submitted");
            }));
        }
        if (may.adopt()) {
            bar.add(button("report-adopt", "report.action.adopt", true, this::confirmAdopt));
        }
        if (may.giveBack()) {
            bar.add(button("report-return", "report.action.return", false,
                    () -> new ReturnDialog(reason -> run(() -> services.reports().returnToDrafting(roomId,
                            version(), reason), "report.returned-done")).open()));
        }
        if (may.refresh()) {
            bar.add(button("report-refresh", "report.action.refresh", false, () -> {
                if (dirty) {
                    Messages.error(this, "report.save-first");
                    return;
                }
                new RefreshDialog(services.reports().recordChanges(roomId),
                        () -> run(() -> services.reports().takeInRecord(roomId, version()), "report.refreshed"))
                        .open();
            }));
        }
        if (report != null) {
            bar.add(button("report-history", "report.action.history", false,
                    () -> new ReportHistoryDialog(services, roomId, may.restore(), () -> {
                        dirty = false;
                        refresh();
                    }).open()));
            bar.add(exportMenu());
        }
        return bar;
    }

    /**
     * The Export menu, made once and moved into each rebuilt action bar: a live refresh (someone else saved) must not
     * drop an export in progress or its download link.
     */
    private ExportMenu exportMenu() {
        if (exportMenu == null) {
            var options = new ArrayList<ExportMenu.Option>(ExportMenu.Option.all("export.format.DOCX", Format.DOCX));
            options.addAll(ExportMenu.Option.all("export.format.PDF", Format.PDF));
            exportMenu = new ExportMenu(services.jobs(), "report-export", "export.menu", options,
                    option -> services.files().roomReport(roomId, option.format(), option.layout()));
        }
        return exportMenu;
    }

    private void confirmAdopt() {
        var confirm = new ConfirmDialog(getTranslation("report.adopt.title"), getTranslation("report.adopt.text"),
                getTranslation("report.action.adopt"),
                event -> run(() -> services.reports().adopt(roomId, version()), "report.adopted"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("live.cancel"));
        confirm.setId("report-adopt-confirm");
        confirm.open();
    }

    private void save() {
        var texts = texts();
        try {
            services.reports().save(roomId, version(), texts, null);
            Messages.success(this, "report.saved");
            refresh();
        } catch (ReportConflictException conflict) {
            new ReportConflictDialog(this, conflict, merged -> {
                services.reports().saveMerged(roomId, conflict.currentVersion(), merged, null);
                Messages.success(this, "report.saved");
                refresh();
            }, this::refresh).open();
        } catch (RuntimeException failure) {
            if (!Messages.showFailure(this, failure, Map.of())) {
                throw failure;
            }
        }
    }

    /** What the editors hold now, on top of the texts the tab loaded (summaries of items not shown are kept). */
    ReportTexts texts() {
        var texts = report == null ? ReportTexts.empty() : report.texts();
        for (var editor : editors) {
            texts = texts.with(editor.part(), editor.value());
        }
        return texts;
    }

    private long version() {
        return report == null ? 0 : report.version();
    }

    private void run(Supplier<?> command, String successKey) {
        try {
            command.get();
            Messages.success(this, successKey);
            refresh();
        } catch (RuntimeException failure) {
            if (!Messages.showFailure(this, failure, Map.of())) {
                throw failure;
            }
            refresh();
        }
    }

    private Button button(String id, String key, boolean primary, Runnable action) {
        var button = new Button(getTranslation(key), e -> action.run());
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }
}
