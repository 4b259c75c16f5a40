package org.majlis.security.keycloak;

import org.majlis.TcpProxy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak for the tests: the {@code keycloak-quarkus-dist} zip that the build unpacks into
 * {@code target/keycloak} ({@code pre-integration-test}), started once per test JVM with
 * {@code kc.sh start-dev --import-realm} on a free loopback port, with the realm of {@code config/keycloak} imported
 * into its dev database (kept between runs while the realm files are unchanged, re-created when they change, since
 * {@code --import-realm} skips a realm that exists). The JDK that runs the tests runs Keycloak. {@link KeycloakExtension} stops it when
 * the test run ends (a shutdown hook too, should the JVM end otherwise).
 * <p>
 * Majlis reaches it through a {@link TcpProxy}, so a test can make the identity provider unreachable and bring it
 * back without restarting Keycloak. The master realm has a bootstrap admin, for {@link KeycloakAdmin}.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "majlis";
    public static final String CLIENT_ID = "majlis";
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);
    private static final String FINGERPRINT = "data/majlis-realm.sha256";
    private static KeycloakServer shared;

    private final Process process;
    private final int port;
    private final TcpProxy proxy;
    private final Duration startup;

    private KeycloakServer(Process process, int port, TcpProxy proxy, Duration startup) {
        this.process = process;
        this.port = port;
        this.proxy = proxy;
        this.startup = startup;
    }

    /** The Keycloak of this JVM, started on first use. */
    public static synchronized KeycloakServer shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "keycloak-stop"));
        }
        return shared;
    }

    /** The realm's issuer as Majlis and the browser see it (through the proxy). */
    public String issuerUri() {
        return "http://127.0.0.1:" + proxy.port() + "/realms/" + REALM;
    }

    public TcpProxy proxy() {
        return proxy;
    }

    public Duration startup() {
        return startup;
    }

    private static KeycloakServer start() {
        var home = Path.of(System.getProperty("majlis.keycloak.home", "target/keycloak/keycloak-26.7.3"));
        var realms = Path.of(System.getProperty("majlis.keycloak.realm-dir", "config/keycloak"));
        var script = home.resolve("bin/kc.sh");
        if (!Files.exists(script)) {
            throw new IllegalStateException("No Keycloak at " + home.toAbsolutePath() + ": run the tests with"
                    + " ./mvnw verify, whose pre-integration-test phase unpacks org.keycloak:keycloak-quarkus-dist");
        }
        try {
            var fingerprint = fingerprint(realms);
            prepare(home, realms, fingerprint);
            var port = freePort();
            var log = home.resolve("keycloak.log");
            var builder = new ProcessBuilder("sh", script.toString(), "start-dev", "--import-realm",
                    "--http-port=" + port, "--http-host=127.0.0.1")
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            // The master realm's admin, created with a fresh database: the tests' KeycloakAdmin signs in as it.
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", KeycloakAdmin.USERNAME);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", KeycloakAdmin.PASSWORD);
            builder.environment().put("JAVA_OPTS_APPEND", "-Djava.io.tmpdir=" + home.resolve("tmp").toAbsolutePath());
            builder.environment().remove("JAVA_OPTS");
            var started = System.nanoTime();
            var process = builder.start();
            awaitReady(process, port, log);
            Files.writeString(home.resolve(FINGERPRINT), fingerprint);
            var startup = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("Keycloak started on 127.0.0.1:%d in %.1f s (log: %s)%n", port,
                    startup.toMillis() / 1000.0, log.toAbsolutePath());
            return new KeycloakServer(process, port, TcpProxy.to(port), startup);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The realm files in data/import, and a fresh dev database unless it already holds exactly these realms. */
    private static void prepare(Path home, Path realms, String fingerprint) throws IOException {
        var marker = home.resolve(FINGERPRINT);
        var current = Files.exists(marker) && Files.readString(marker).equals(fingerprint)
                && Files.isDirectory(home.resolve("data/h2"));
        if (!current) {
            Files.deleteIfExists(marker);
            deleteRecursively(home.resolve("data/h2"));
        }
        var imports = home.resolve("data/import");
        deleteRecursively(imports);
        Files.createDirectories(imports);
        Files.createDirectories(home.resolve("tmp"));
        try (var files = Files.list(realms)) {
            for (var file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Files.copy(file, imports.resolve(file.getFileName()));
            }
        }
    }

    private static String fingerprint(Path realms) throws IOException {
        try (var files = Files.list(realms)) {
            var digest = MessageDigest.getInstance("SHA-256");
            // A database from before there was a bootstrap admin has none: such a database is re-created.
            digest.update(("bootstrap-admin:" + KeycloakAdmin.USERNAME).getBytes(StandardCharsets.UTF_8));
            for (var file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitReady(Process process, int port, Path log) {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var discovery = URI.create("http://127.0.0.1:" + port + "/realms/" + REALM + "/.well-known/openid-configuration");
        var deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ":\n" + tail(log));
            }
            try {
                var response = http.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(500);
        }
        stop(process);
        throw new IllegalStateException("Keycloak did not become ready within " + STARTUP_TIMEOUT + ":\n" + tail(log));
    }

    @Override
    public synchronized void close() {
        proxy.close();
        if (process.isAlive()) {
            var stopping = System.nanoTime();
            stop(process);
            System.out.printf("Keycloak stopped in %.1f s%n", (System.nanoTime() - stopping) / 1e9);
        }
    }

    private static void stop(Process process) {
        // kc.sh forwards TERM to its Java process; the descendants are stopped as well should it not.
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    static int freePort() throws IOException {
        return TcpProxy.freePort();
    }

    private static String tail(Path log) {
        try {
            var lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
