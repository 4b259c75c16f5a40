package org.majlis.base.internal;

import org.majlis.ThisMachine;

import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.base.internal.EmbeddedDbConnections.connect;

/**
 * The embedded MariaDB lets in only the application user, with the password stored next to its data folder, and
 * only over the loopback address: not a made-up user, not a wrong password, not root without a password, not a
 * client that comes in through another address of the machine. A server of its own, on a fresh data folder.
 */
class EmbeddedMariaDbSecurityTest {

    private static Path root;
    private static Path dataDir;
    private static EmbeddedMariaDb server;
    private static int port;

    @BeforeAll
    static void startAFreshServer() {
        root = Path.of("target", "test-mariadb", "security-" + UUID.randomUUID()).toAbsolutePath();
        dataDir = root.resolve("data");
        server = new EmbeddedMariaDb(dataDir, EmbeddedDbConnections.SERVER_DIR, 0, "majlis",
                LogFactory.getLog(EmbeddedMariaDb.class));
        port = server.start(true).port();
    }

    @AfterAll
    static void stopTheServer() throws Exception {
        server.stop();
        EmbeddedMariaDbTestFiles.delete(root);
    }

    @Test
    void the_application_user_gets_in_with_the_password_stored_next_to_the_data_folder() throws Exception {
        var stored = EmbeddedDbConnections.storedCredentials(dataDir);
        assertThat(stored.getProperty("username")).isEqualTo("majlis");
        assertThat(stored.getProperty("password")).hasSizeGreaterThanOrEqualTo(32);

        try (var connection = connect("127.0.0.1", port, "majlis", "majlis", stored.getProperty("password"));
             var statement = connection.createStatement()) {
            var rows = statement.executeQuery("SELECT CURRENT_USER(), @@bind_address, @@skip_grant_tables");
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("majlis@127.0.0.1");
            assertThat(rows.getString(2)).isEqualTo("127.0.0.1");
            assertThat(rows.getInt(3)).as("skip_grant_tables").isZero();
            statement.execute("CREATE TABLE session_note (text VARCHAR(40))");
            statement.execute("INSERT INTO session_note VALUES ('the user owns its database')");
        }
    }

    @Test
    void the_password_file_is_readable_by_its_owner_only_and_so_is_the_data_folder() throws Exception {
        var file = dataDir.resolveSibling("data-credentials.properties");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(EmbeddedMariaDb.tmpDirOf(dataDir))))
                .isEqualTo("rwx------");
        assertThat(EmbeddedMariaDb.tmpDirOf(dataDir).resolve("lockdown.sql"))
                .as("the start-up script with the password is gone once the server runs").doesNotExist();
    }

    @Test
    void a_wrong_password_is_refused() {
        assertThatThrownBy(() -> connect("127.0.0.1", port, "majlis", "majlis", "made-up-password").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
    }

    @Test
    void a_made_up_user_is_refused() {
        assertThatThrownBy(() -> connect("127.0.0.1", port, "majlis", "intruder", "made-up-password").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        assertThatThrownBy(() -> connect("127.0.0.1", port, "", "", "").close())
                .as("anonymous").isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
    }

    @Test
    void root_without_a_password_is_refused_over_tcp() {
        assertThatThrownBy(() -> connect("127.0.0.1", port, "majlis", "root", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        assertThatThrownBy(() -> connect("127.0.0.1", port, "mysql", "root", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
    }

    @Test
    void the_application_user_cannot_read_the_grant_tables_or_other_databases() throws Exception {
        var password = EmbeddedDbConnections.storedCredentials(dataDir).getProperty("password");
        try (var connection = connect("127.0.0.1", port, "majlis", "majlis", password);
             var statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT User FROM mysql.global_priv"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("denied");
            assertThatThrownBy(() -> statement.execute("CREATE DATABASE test_elsewhere"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("denied");
            assertThatThrownBy(() -> statement.executeQuery("SELECT COUNT(*) FROM information_schema.INNODB_TRX"))
                    .as("other sessions' transactions (PROCESS)").isInstanceOf(SQLException.class)
                    .hasMessageContaining("PROCESS");
        }
    }

    @Test
    void a_connection_to_another_address_of_this_machine_is_refused_even_with_the_right_password() throws Exception {
        var address = ThisMachine.nonLoopbackAddress();
        Assumptions.assumeTrue(address.isPresent(), "this machine has no address besides loopback");
        var host = ThisMachine.hostOf(address.get());
        var password = EmbeddedDbConnections.storedCredentials(dataDir).getProperty("password");

        assertThatThrownBy(() -> connect(host, port, "majlis", "majlis", password).close())
                .as("connecting to %s:%d", host, port)
                .isInstanceOf(SQLException.class).hasMessageContaining("Connection refused");
        assertThatThrownBy(() -> connect(host, port, "majlis", "root", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Connection refused");
    }
}
