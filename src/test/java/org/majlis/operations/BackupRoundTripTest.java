package org.majlis.operations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.majlis.Application;
import org.majlis.MajlisSpringTest;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.EditionSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.LiveRoomFixture.asAdmin;

/**
 * The documented backup and restore (config/backup/backup.sh and restore.sh, docs/operations.md), run as an operator
 * would against the tests' real MariaDB: back the meeting up while the app runs, restore it into an empty database
 * (a second restore is refused unless told to replace, then replaces), compare every table, and start the app on the
 * restored database: it shows the same meeting, with nothing migrated or seeded again.
 */
@MajlisSpringTest
class BackupRoundTripTest {

    private static final Pattern URL = Pattern.compile("jdbc:mariadb://([^:/]+):(\\d+)/(\\w+).*");
    private static final String RESTORED = "majlis_restored";

    @Autowired
    Environment environment;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EditionService editions;

    @Test
    void a_backup_restored_into_an_empty_database_starts_the_app_on_the_same_meeting(@TempDir Path dir)
            throws Exception {
        var backup = dir.resolve("majlis-backup.sql.gz");
        // the database as the backup saw it: unchanged from just before the backup to just after it (work another
        // test left running may still write a moment; then back up again)
        Map<String, String> stored = null;
        for (var attempt = 0; attempt < 5 && stored == null; attempt++) {
            var before = fingerprint("majlis");
            assertThat(run("backup.sh", "majlis", backup.toString()).exitCode()).isZero();
            if (before.equals(fingerprint("majlis"))) {
                stored = before;
            } else {
                Thread.sleep(1_000);
            }
        }
        assertThat(stored).as("the database kept changing during the backup").isNotNull();
        assertThat(Files.size(backup)).isPositive();

        jdbc.execute("DROP DATABASE IF EXISTS " + RESTORED);
        var restored = run("restore.sh", RESTORED, backup.toString());
        assertThat(restored.exitCode()).as(restored.output()).isZero();
        assertThat(fingerprint(RESTORED)).isEqualTo(stored);

        // a database that is not empty is not overwritten by mistake
        jdbc.update("UPDATE " + RESTORED + ".room SET position = position + 100");
        var refused = run("restore.sh", RESTORED, backup.toString());
        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.output()).contains("is not empty");
        assertThat(fingerprint(RESTORED)).isNotEqualTo(stored);
        // told to replace, it drops what is there and restores the backup
        assertThat(run("restore.sh", RESTORED, backup.toString(), "--replace").exitCode()).isZero();
        assertThat(fingerprint(RESTORED)).isEqualTo(stored);

        // the app starts on the restored database and shows the same meeting
        var expected = asAdmin(() -> editions.list());
        try (var app = new SpringApplicationBuilder(Application.class)
                .profiles("test").properties("majlis.embedded-db.database=" + RESTORED, "server.port=0",
                        "server.address=127.0.0.1").run()) {
            List<EditionSummary> seen = asAdmin(() -> app.getBean(EditionService.class).list());
            assertThat(seen).isEqualTo(expected);
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("SELECT DATABASE()", String.class))
                    .isEqualTo(RESTORED);
        } finally {
            jdbc.execute("DROP DATABASE IF EXISTS " + RESTORED);
        }
    }

    /**
     * Row count and a digest of the content of every table of the database: the sum of each row's CRC32 over all its
     * columns (NULL told apart from empty). Not {@code CHECKSUM TABLE}: after the full suite it gave {@code floor_request}
     * a different checksum in the restored database although every column of every row compared equal ({@code <=>});
     * it depends on how the rows are stored, not only on what they hold.
     */
    private Map<String, String> fingerprint(String database) {
        var tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = ?"
                + " AND table_type = 'BASE TABLE' ORDER BY table_name", String.class, database);
        var result = new LinkedHashMap<String, String>();
        for (var table : tables) {
            var columns = jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_schema = ?"
                    + " AND table_name = ? ORDER BY ordinal_position", String.class, database, table);
            var row = columns.stream().map(c -> "IFNULL(HEX(`" + c + "`), 'null')")
                    .collect(java.util.stream.Collectors.joining(", ", "CONCAT_WS('|', ", ")"));
            var digest = jdbc.queryForMap("SELECT COUNT(*) AS n, COALESCE(SUM(CRC32(" + row + ")), 0) AS crc FROM "
                    + database + ".`" + table + "`");
            result.put(table, digest.get("n") + ":" + digest.get("crc"));
        }
        return result;
    }

    private record Outcome(int exitCode, String output) {
    }

    /** Runs one of the backup scripts as an operator would, pointed at the tests' server through MAJLIS_DB_*. */
    private Outcome run(String script, String database, String... args) throws IOException, InterruptedException {
        var url = URL.matcher(environment.getRequiredProperty("spring.datasource.url"));
        assertThat(url.matches()).isTrue();
        var command = new java.util.ArrayList<String>();
        command.add(Path.of("config", "backup", script).toAbsolutePath().toString());
        command.addAll(List.of(args));
        var process = new ProcessBuilder(command).redirectErrorStream(true);
        var env = process.environment();
        env.put("MAJLIS_DB_HOST", url.group(1));
        env.put("MAJLIS_DB_PORT", url.group(2));
        env.put("MAJLIS_DB_NAME", database);
        env.put("MAJLIS_DB_USER", environment.getRequiredProperty("spring.datasource.username"));
        env.put("MAJLIS_DB_PASSWORD", environment.getRequiredProperty("spring.datasource.password"));
        env.put("MAJLIS_DB_BIN", Path.of(environment.getRequiredProperty("majlis.embedded-db.server-dir"), "bin")
                .toAbsolutePath().toString());
        var started = process.start();
        var output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(started.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Outcome(started.exitValue(), output);
    }
}
