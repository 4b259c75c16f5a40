package org.majlis.outcome.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.junit.jupiter.api.Test;
import org.majlis.BrowserlessViewTest;
import org.majlis.export.Format;
import org.majlis.export.Layout;
import org.majlis.matrix.MatrixFixtures;
import org.majlis.outcome.ExportFile;
import org.majlis.outcome.ExportJobs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export menu without a browser: progress while the file is built on the export pool, then a download link;
 * a full pool and a failure as translated notifications; the menu on the Matrix tab and the secretariat's view.
 */
class ExportMenuTest extends BrowserlessViewTest {

    @Autowired
    ExportJobs jobs;
    @Autowired
    MatrixFixtures fx;

    private final CountDownLatch release = new CountDownLatch(1);

    @Autowired
    @Qualifier("exportExecutor")
    ThreadPoolTaskExecutor pool;

    @AfterEach
    void releaseWorkers() throws InterruptedException {
        release.countDown();
        awaitIdlePool();
    }

    /** Another test's exports may still be finishing: each test starts with an idle pool. */
    @BeforeEach
    void awaitIdlePool() throws InterruptedException {
        for (var i = 0; i < 200 && (pool.getActiveCount() > 0 || pool.getQueueSize() > 0); i++) {
            Thread.sleep(50);
        }
    }

    @SuppressWarnings("unchecked")
    private ExportMenu menu(java.util.function.Function<ExportMenu.Option, ExportFile> producer) {
        var menu = new ExportMenu(jobs, "test-export", "export.menu", ExportOptions.of(Format.XLSX, Format.PDF),
                producer);
        // on a page, as the Matrix tab or the outcome documents hold it
        navigate("", (Class<Component>) (Class<?>) UI.getCurrent().getInternals().getRouter().getRegistry()
                .getNavigationTarget("").orElseThrow());
        ((com.vaadin.flow.component.HasComponents) UI.getCurrent().getCurrentView()).add(menu);
        return menu;
    }

    /** Chooses a menu item (by its id), as a click or Enter on it does. */
    private void click(String itemId) {
        var item = find(new ArrayList<>($(MenuBar.class).id("test-export-menu").getItems()), itemId);
        ComponentUtil.fireEvent(item, new ClickEvent<>(item));
    }

    private static MenuItem find(List<MenuItem> items, String id) {
        for (var item : items) {
            if (item.getId().filter(id::equals).isPresent()) {
                return item;
            }
            if (item.getSubMenu() != null && !item.getSubMenu().getItems().isEmpty()) {
                try {
                    return find(item.getSubMenu().getItems(), id);
                } catch (AssertionError notHere) {
                    // keep looking
                }
            }
        }
        throw new AssertionError("No menu item " + id);
    }

    private void fillUntilRefused() {
        for (var i = 0; i < 20; i++) {
            try {
                jobs.submit(() -> {
                    try {
                        release.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return new ExportFile("x.csv", Format.CSV, new byte[0]);
                });
            } catch (org.majlis.base.RefusedException full) {
                return;
            }
        }
        throw new AssertionError("the export pool never refused");
    }

    /** Runs the UI's pending access tasks until the condition holds (the export pool works meanwhile). */
    private void awaitUi(Supplier<Boolean> condition) throws InterruptedException {
        for (var i = 0; i < 100 && !condition.get(); i++) {
            Thread.sleep(100);
            roundTrip();
        }
        assertThat(condition.get()).as("the UI was updated").isTrue();
    }

    private boolean downloadShown() {
        return !$(Anchor.class).withId("test-export-download").all().isEmpty();
    }

    @Test
    @WithMockUser(username = "eco.observer", roles = "USER")
    void the_menu_shows_progress_while_the_file_is_built_then_a_link_to_download_it() throws Exception {
        var asked = new ArrayList<ExportMenu.Option>();
        var user = new String[1];
        menu(option -> {
            asked.add(option);
            user[0] = SecurityContextHolder.getContext().getAuthentication().getName();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ExportFile("matrix-16-x-ar.xlsx", option.format(), new byte[3000]);
        });
        // Export → Excel (XLSX) → the first language offered (the reader's own: English here)
        click("test-export-xlsx-en");
        assertThat($(ProgressBar.class).id("test-export-progress").isVisible()).isTrue();
        assertThat($(MenuBar.class).id("test-export-menu").isEnabled()).isFalse();
        assertThat($(Span.class).id("test-export-status").getText()).isEqualTo("Preparing the file…");
        assertThat(downloadShown()).isFalse();

        release.countDown();
        awaitUi(this::downloadShown);
        assertThat(asked).containsExactly(new ExportMenu.Option("export.format.XLSX", Format.XLSX,
                Layout.of(org.majlis.base.Language.EN)));
        assertThat(user[0]).as("built as the user who asked").isEqualTo("eco.observer");
        var link = $(Anchor.class).id("test-export-download");
        assertThat(read(link.getText())).isEqualTo("Download matrix-16-x-ar.xlsx (3 KB)");
        assertThat(link.getHref()).isNotBlank();
        assertThat($(ProgressBar.class).withId("test-export-progress").all()).as("no visible progress").isEmpty();
        assertThat($(MenuBar.class).id("test-export-menu").isEnabled()).isTrue();
        assertThat(notifications()).contains("matrix-16-x-ar.xlsx is ready to download.");
    }

    @Test
    @WithMockUser(username = "eco.observer", roles = "USER")
    void a_failed_export_is_a_translated_notification_and_the_menu_can_be_used_again() throws Exception {
        menu(option -> {
            throw new IllegalStateException("disk full");
        });
        click("test-export-pdf-en");
        awaitUi(() -> $(MenuBar.class).id("test-export-menu").isEnabled());
        assertThat(notifications()).contains(
                "The file could not be prepared. Please try again; if it fails again, tell the secretariat.");
        assertThat(downloadShown()).isFalse();
    }

    @Test
    @WithMockUser(username = "eco.observer", roles = "USER")
    void when_the_export_pool_is_full_the_menu_says_to_try_again() throws InterruptedException {
        // Fill the pool until it refuses, twice: a queue can be full for a moment while its threads are still
        // picking up their first tasks; the second round fills what they took.
        for (var round = 0; round < 2; round++) {
            fillUntilRefused();
            Thread.sleep(200);
        }
        assertThat(pool.getActiveCount()).as("both threads busy").isEqualTo(2);
        menu(option -> new ExportFile("y.xlsx", option.format(), new byte[1]));
        click("test-export-xlsx-en");
        roundTrip();
        assertThat(notifications()).as("status '%s', pool active %d queued %d", $(Span.class)
                        .id("test-export-status").getText(), pool.getActiveCount(), pool.getQueueSize()).contains(
                "Many files are being prepared right now. Please try again in a moment.");
        assertThat($(ProgressBar.class).withId("test-export-progress").all()).as("no visible progress").isEmpty();
        assertThat($(MenuBar.class).id("test-export-menu").isEnabled()).isTrue();
    }

    @Test
    @WithMockUser(username = "eco.observer", roles = "USER")
    @SuppressWarnings("unchecked")
    void an_observer_finds_the_export_menu_on_the_matrix_tab() throws Exception {
        navigate("rooms/" + fx.astanaEco(), (Class<Component>) Class.forName("org.majlis.meetings.ui.RoomView"));
        var tabs = $(TabSheet.class).id("room-tabs");
        for (var i = 0; i < tabs.getTabCount(); i++) {
            if ("Matrix".equals(tabs.getTabAt(i).getLabel())) {
                tabs.setSelectedIndex(i);
            }
        }
        roundTrip();
        var menu = $(MenuBar.class).id("matrix-export-menu");
        assertThat(menu.isVisible()).isTrue();
        assertThat(menu.getItems()).singleElement().satisfies(root -> {
            assertThat(root.getSubMenu().getItems()).extracting(item -> item.getText())
                    .containsExactly("Excel (XLSX)", "CSV (UTF-8)", "Word (DOCX)", "PDF");
            assertThat(root.getSubMenu().getItems().getLast().getSubMenu().getItems())
                    .extracting(item -> item.getText())
                    .containsExactly("English", "Français", "العربية", "The three languages side by side");
            assertThat(root.getSubMenu().getItems().getFirst().getSubMenu().getItems()).hasSize(3);
        });
    }

    @Test
    @WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
    void the_secretariat_exports_each_editions_matrix_and_the_review_where_there_is_a_previous_edition() {
        navigate(OutcomeDocumentsView.class);
        assertThat($(MenuBar.class).withId("outcome-16-matrix-menu").all()).hasSize(1);
        assertThat($(MenuBar.class).withId("outcome-16-review-menu").all()).hasSize(1);
        assertThat($(MenuBar.class).withId("outcome-15-matrix-menu").all()).hasSize(1);
        assertThat($(MenuBar.class).withId("outcome-15-review-menu").all()).isEmpty();
        var review = $(MenuBar.class).id("outcome-16-review-menu");
        assertThat(review.getItems().getFirst().getSubMenu().getItems()).extracting(item -> item.getText())
                .containsExactly("Excel (XLSX)", "PDF");
    }

    @Test
    @WithMockUser(username = "eco.chair.un", roles = "USER")
    void the_outcome_documents_are_for_the_secretariat_only() {
        var refused = org.assertj.core.api.Assertions.catchThrowable(() -> navigate(OutcomeDocumentsView.class));
        assertThat(refused == null ? $(OutcomeDocumentsView.class).all() : List.of()).isEmpty();
    }
}
