package org.majlis.outcome;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.majlis.base.RefusedException;
import org.majlis.export.Format;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.matrix.MatrixFixtures.as;

/** Exports run on a pool of two threads with a short queue, as the user who asked; a full pool refuses. */
@MajlisSpringTest
class ExportJobsTest {

    @Autowired
    ExportJobs jobs;
    @Autowired
    ApplicationContext context;

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

    @Test
    void the_export_runs_on_the_pool_as_the_user_who_asked() throws Exception {
        var file = as("eco.chair.un", () -> jobs.submit(() -> new ExportFile(
                SecurityContextHolder.getContext().getAuthentication().getName() + "@"
                        + Thread.currentThread().getName(), Format.CSV, new byte[]{1})))
                .get(10, TimeUnit.SECONDS);
        assertThat(file.fileName()).startsWith("eco.chair.un@export-");
    }

    @Test
    void when_the_pool_and_its_queue_are_full_the_next_export_is_refused_as_busy() throws Exception {
        var started = new CountDownLatch(2);
        var waiting = new ArrayList<CompletableFuture<ExportFile>>();
        var refused = 0;
        for (var i = 0; i < 20; i++) {
            try {
                waiting.add(jobs.submit(() -> {
                    started.countDown();
                    try {
                        release.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return new ExportFile("x.csv", Format.CSV, new byte[0]);
                }));
            } catch (RefusedException e) {
                assertThat(e.messageKey()).isEqualTo(ExportJobs.BUSY);
                refused++;
            }
        }
        assertThat(started.await(10, TimeUnit.SECONDS)).as("both threads busy").isTrue();
        // two running and six waiting at most (fewer if another test's export is still finishing)
        assertThat(waiting).hasSizeBetween(1, 2 + 6);
        assertThat(refused).isEqualTo(20 - waiting.size());
        release.countDown();
        CompletableFuture.allOf(waiting.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        // free again
        assertThat(jobs.submit(() -> new ExportFile("y.csv", Format.CSV, new byte[0])).get(10, TimeUnit.SECONDS)
                .fileName()).isEqualTo("y.csv");
    }

    @Test
    void a_failure_in_the_export_reaches_the_caller() {
        var future = jobs.submit(() -> {
            throw new IllegalStateException("broken");
        });
        assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_export_pool_leaves_springs_own_application_executor_in_place() {
        assertThat(context.containsBean("applicationTaskExecutor")).isTrue();
        assertThat(List.of(context.getBeanNamesForType(java.util.concurrent.Executor.class)))
                .contains("exportExecutor");
    }
}
