package org.majlis.outcome.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomViewTest;
import org.majlis.export.Format;
import org.majlis.matrix.EntrySummary;
import org.majlis.matrix.MatrixFixtures;
import org.majlis.matrix.MatrixService;
import org.majlis.outcome.ExportFile;
import org.majlis.outcome.ExportJobs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.matrix.MatrixFixtures.as;

/** A room's live updates never wait for an export: the Matrix tab follows the room while its export is pending. */
class ExportWhileLiveTest extends LiveRoomViewTest {

    @Autowired
    MatrixService matrix;
    @Autowired
    MatrixFixtures fx;
    @Autowired
    ExportJobs jobs;
    @Autowired
    @Qualifier("exportExecutor")
    ThreadPoolTaskExecutor pool;

    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseWorkers() throws InterruptedException {
        release.countDown();
        for (var i = 0; i < 200 && (pool.getActiveCount() > 0 || pool.getQueueSize() > 0); i++) {
            Thread.sleep(50);
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> codes() {
        var tester = test((Grid<EntrySummary>) $(Grid.class).id("matrix-grid"));
        return IntStream.range(0, tester.size()).mapToObj(tester::getRow).map(e -> e.data().code()).toList();
    }

    private void click(String itemId) {
        var root = $(MenuBar.class).id("matrix-export-menu").getItems().getFirst();
        var item = root.getSubMenu().getItems().stream().flatMap(format -> format.getSubMenu().getItems().stream())
                .filter(i -> i.getId().filter(itemId::equals).isPresent()).findFirst().orElseThrow();
        ComponentUtil.fireEvent(item, new ClickEvent<MenuItem>(item));
    }

    @Test
    void an_entry_drafted_while_the_observers_export_is_pending_reaches_their_matrix_tab() throws Exception {
        var eco = fx.astanaEco();
        openRoomAs("eco.observer", eco);
        selectTab("Matrix");
        // both export threads busy elsewhere: the observer's export waits in the queue
        for (var i = 0; i < 2; i++) {
            jobs.submit(() -> {
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new ExportFile("x.csv", Format.CSV, new byte[0]);
            });
        }
        click("matrix-export-xlsx-en");
        assertThat($(ProgressBar.class).id("matrix-export-progress").isVisible()).isTrue();

        var code = MatrixFixtures.uniqueCode();
        as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(code), null));
        awaitPush();
        assertThat(codes()).as("the live update arrived while the export was pending").contains(code);
        assertThat($(ProgressBar.class).id("matrix-export-progress").isVisible()).isTrue();

        release.countDown();
        for (var i = 0; i < 100 && $(Anchor.class).withId("matrix-export-download").all().isEmpty(); i++) {
            Thread.sleep(100);
            roundTrip();
        }
        assertThat(read($(Anchor.class).id("matrix-export-download").getText()))
                .startsWith("Download matrix-16-cooperation-on-economic-and-scientific-issues-en.xlsx");
    }

    private static String read(String text) {
        return text.replaceAll("[\u2066-\u2069]", "");
    }
}
