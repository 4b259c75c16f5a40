package org.majlis.outcome.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.jspecify.annotations.Nullable;
import org.majlis.base.Language;
import org.majlis.base.RefusedException;
import org.majlis.base.ui.Bidi;
import org.majlis.base.ui.Messages;
import org.majlis.export.Format;
import org.majlis.export.Layout;
import org.majlis.outcome.ExportFile;
import org.majlis.outcome.ExportJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * A reusable "Export" menu (ADR 0041): a menu of formats, each with its languages (the reader's own first, then the
 * others, then the three side by side where the format allows); choosing one builds the file off the UI thread
 * ({@link ExportJobs}) while a progress bar shows, then offers a download link (focused, so a keyboard user is on
 * it). Failures and a full export pool are shown as translated notifications. The UI is touched only inside
 * {@code ui.access}, after the file is built.
 */
public class ExportMenu extends HorizontalLayout {

    private static final Logger LOG = LoggerFactory.getLogger(ExportMenu.class);

    /**
     * One file the menu offers.
     *
     * @param labelKey translation key of the format's menu item ("XLSX (Excel)")
     * @param format   the file's format
     * @param layout   the language, or the three side by side
     */
    public record Option(String labelKey, Format format, Layout layout) {

        /** Every language, and side by side for DOCX and PDF, of a format. */
        public static List<Option> all(String labelKey, Format format) {
            var options = new ArrayList<Option>();
            for (var language : Language.values()) {
                options.add(new Option(labelKey, format, Layout.of(language)));
            }
            if (format.document()) {
                options.add(new Option(labelKey, format, Layout.SIDE_BY_SIDE));
            }
            return options;
        }
    }

    private final ExportJobs jobs;
    private final Function<Option, ExportFile> producer;
    private final MenuBar menu = new MenuBar();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private @Nullable Anchor download;

    /**
     * @param jobs      the export pool
     * @param id        the component's id (its parts get ids derived from it)
     * @param titleKey  translation key of the menu's button ("Export")
     * @param options   the files offered, grouped by their label key in the order given
     * @param producer  builds the file; runs on the export pool as the current user, so it must not touch the UI
     */
    public ExportMenu(ExportJobs jobs, String id, String titleKey, List<Option> options,
                      Function<Option, ExportFile> producer) {
        this.jobs = jobs;
        this.producer = producer;
        setId(id);
        addClassName("export-menu");
        setAlignItems(FlexComponent.Alignment.CENTER);
        setPadding(false);
        setSpacing(true);
        menu.setId(id + "-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        var root = menu.addItem(VaadinIcon.DOWNLOAD_ALT.create());
        root.add(getTranslation(titleKey));
        root.setId(id + "-button");
        var own = Language.of(getLocale());
        var groups = new LinkedHashMap<String, List<Option>>();
        options.forEach(option -> groups.computeIfAbsent(option.labelKey(), key -> new ArrayList<>()).add(option));
        groups.forEach((labelKey, group) -> {
            var formatItem = root.getSubMenu().addItem(getTranslation(labelKey));
            formatItem.setId(id + "-" + group.getFirst().format().extension());
            var sorted = new ArrayList<>(group);
            // the reader's own language first
            sorted.sort((a, b) -> Boolean.compare(!own.equals(a.layout().language()),
                    !own.equals(b.layout().language())));
            for (var option : sorted) {
                var item = formatItem.getSubMenu().addItem(layoutLabel(option.layout()), click -> start(option));
                item.setId(id + "-" + option.format().extension() + "-" + layoutCode(option.layout()));
                var language = option.layout().language();
                if (language != null) {
                    // a language's name is written in that language: read and shown in its own direction
                    item.getElement().setAttribute("lang", language.code());
                    item.getElement().setAttribute("dir", language.isRightToLeft() ? "rtl" : "ltr");
                }
            }
        });
        progress.setIndeterminate(true);
        progress.setWidth("8rem");
        progress.setId(id + "-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("common.progress"));
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("export.preparing"));
        status.setId(id + "-status");
        status.getElement().setAttribute("aria-live", "polite");
        add(menu, progress, status);
    }

    private String layoutLabel(Layout layout) {
        return layout.sideBySide() ? getTranslation("export.layout.side-by-side")
                : getTranslation("language." + layout.language().code());
    }

    private static String layoutCode(Layout layout) {
        return layout.sideBySide() ? "all" : layout.language().code();
    }

    /** Starts building one file; the menu waits (disabled) until it is ready or failed. */
    void start(Option option) {
        var ui = UI.getCurrent();
        clearDownload();
        try {
            jobs.submit(() -> producer.apply(option)).whenComplete((file, failure) -> {
                try {
                    ui.access(() -> finished(file, failure));
                } catch (UIDetachedException e) {
                    LOG.debug("Export finished after its page was closed");
                }
            });
        } catch (RefusedException busy) {
            Messages.error(this, busy.messageKey());
            return;
        }
        menu.setEnabled(false);
        progress.setVisible(true);
        status.setText(getTranslation("export.preparing"));
    }

    private void finished(@Nullable ExportFile file, @Nullable Throwable failure) {
        menu.setEnabled(true);
        progress.setVisible(false);
        status.setText("");
        if (file == null) {
            var cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                    : failure;
            if (!(cause instanceof RuntimeException runtime) || !Messages.showFailure(this, runtime, Map.of())) {
                LOG.error("Export failed", cause);
                Messages.error(this, "export.failed");
            }
            return;
        }
        var link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(file.bytes()), file.fileName(), file.format().mediaType(), file.size())),
                Bidi.message(this, "export.download", file.fileName(), sizeText(file.size())));
        link.setId(getId().orElse("export") + "-download");
        link.addClassName("export-download");
        add(link);
        download = link;
        link.getElement().callJsFunction("focus");
        Messages.success(this, "export.ready", file.fileName());
    }

    private void clearDownload() {
        if (download != null) {
            remove(download);
            download = null;
        }
    }

    private String sizeText(int bytes) {
        return bytes < 1024 * 1024 ? getTranslation("export.size-kb", Math.max(1, Math.round(bytes / 1024.0)))
                : getTranslation("export.size-mb", Math.round(bytes / 1024.0 / 102.4) / 10.0);
    }
}
