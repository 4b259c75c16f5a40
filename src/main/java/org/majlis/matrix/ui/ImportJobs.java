package org.majlis.matrix.ui;

import jakarta.annotation.PreDestroy;
import org.majlis.base.AsCurrentUser;
import org.majlis.base.RefusedException;
import org.springframework.stereotype.Component;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs imports' previews and confirmations off the UI thread, as the user who asked (their security context is
 * copied, so the service checks their rights there), on two threads with a short queue: reading a 5,000-row file
 * never holds the UI, and a room's live updates go on meanwhile. Beyond the queue Majlis says it is busy.
 */
@Component
class ImportJobs {

    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(6), runnable -> {
                var thread = new Thread(runnable, "matrix-import");
                thread.setDaemon(true);
                return thread;
            });

    <T> CompletableFuture<T> submit(Supplier<T> work) {
        try {
            return AsCurrentUser.submit(executor, work);
        } catch (RejectedExecutionException e) {
            throw new RefusedException("export.busy");
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
