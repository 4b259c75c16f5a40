package org.majlis.outcome;

import org.majlis.base.AsCurrentUser;
import org.majlis.base.RefusedException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Runs exports in the background on the export pool (two threads, a short queue; ADR 0041), as the user who asked:
 * their security context is copied to the worker, so the services check their rights there as on the screen. The UI
 * thread only submits and, later, shows the result inside {@code ui.access}: it is never held while a file is built,
 * so a room's live updates never wait for an export.
 */
@Component
public class ExportJobs {

    /** The translation key of the refusal when the pool is full. */
    public static final String BUSY = "export.busy";

    private final ThreadPoolTaskExecutor executor;

    ExportJobs(@Qualifier("exportExecutor") ThreadPoolTaskExecutor executor) {
        this.executor = executor;
    }

    /**
     * Starts {@code work} on the pool as the current user. The future completes with the file, or exceptionally
     * with what the work threw (a refusal, an access denied).
     *
     * @throws RefusedException with key {@link #BUSY} when the pool and its queue are full
     */
    public CompletableFuture<ExportFile> submit(Supplier<ExportFile> work) {
        try {
            return AsCurrentUser.submit(executor, work);
        } catch (TaskRejectedException e) {
            throw new RefusedException(BUSY);
        }
    }
}
