package org.majlis.base;

import org.springframework.security.core.context.SecurityContextHolder;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Background work as the user who asked for it (an export, an import's preview): their authentication is copied to
 * the worker thread, so the services check their rights there as they do on the screen, and cleared afterwards so a
 * pooled thread never keeps it.
 */
public final class AsCurrentUser {

    private AsCurrentUser() {
    }

    /**
     * Starts {@code work} on {@code executor}. The future completes with its result, or exceptionally with what it
     * threw (a refusal, an access denied).
     *
     * @throws RejectedExecutionException when the executor is full (Spring's {@code TaskRejectedException} is one)
     */
    public static <T> CompletableFuture<T> submit(Executor executor, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        var result = new CompletableFuture<T>();
        executor.execute(() -> {
            SecurityContextHolder.setContext(context);
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        return result;
    }
}
