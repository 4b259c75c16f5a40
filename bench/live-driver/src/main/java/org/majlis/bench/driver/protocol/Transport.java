package org.majlis.bench.driver.protocol;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one HTTP client all simulated participants share (as a browser shares its network stack between tabs),
 * with the app's base address. Participants keep their own session cookie and send it themselves, so the client
 * has no cookie handler. HTTP/1.1 only, as a browser talks to a plain-http server; no redirects followed (the
 * sign-in's 302 is the answer). Listener callbacks and requests run on virtual threads.
 */
public final class Transport implements AutoCloseable {

    private final URI base;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient client;

    public Transport(URI base) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(20))
                .executor(executor)
                .build();
    }

    public HttpClient client() {
        return client;
    }

    /** An address under the app's base ({@code path} without a leading slash, may carry a query). */
    public URI resolve(String path) {
        return base.resolve(path);
    }

    /** The websocket address of a path under the base. */
    public URI websocket(String path) {
        var http = resolve(path).toString();
        return URI.create(http.replaceFirst("^http", "ws"));
    }

    @Override
    public void close() {
        client.shutdownNow();
        executor.shutdownNow();
    }
}
