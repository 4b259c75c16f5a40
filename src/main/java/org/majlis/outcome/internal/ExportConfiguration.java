package org.majlis.outcome.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The pool exports run on (ADR 0041): two threads and a short queue, so that a burst of exports never takes more
 * than two cores from the live rooms; when the queue is full the next export is refused ("busy, try again") instead
 * of waiting. Not a default candidate: nothing else (Spring's own asynchronous work) is ever put on it, and Spring
 * Boot keeps its own application executor.
 */
@Configuration(proxyBeanMethods = false)
class ExportConfiguration {

    /** The bean's name, for {@code @Qualifier}. */
    static final String EXECUTOR = "exportExecutor";

    @Bean(name = EXECUTOR, defaultCandidate = false)
    ThreadPoolTaskExecutor exportExecutor(@Value("${majlis.export.threads:2}") int threads,
                                          @Value("${majlis.export.queue:6}") int queue) {
        var executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("export-");
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(queue);
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }
}
