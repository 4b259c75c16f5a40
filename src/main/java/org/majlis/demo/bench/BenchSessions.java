package org.majlis.demo.bench;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the open HTTP sessions (Spring Boot registers a listener bean with the container), so that a bench run can
 * see its participants' sessions come and, after they sign out, go.
 */
@Component
@ConditionalOnProperty(name = BenchSettings.ENABLED, havingValue = "true")
class BenchSessions implements HttpSessionListener {

    private final AtomicInteger open = new AtomicInteger();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        open.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        open.decrementAndGet();
    }

    int open() {
        return open.get();
    }
}
