package org.majlis;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway owns the schema: the migrations build it from an empty database, every table is utf8mb4 (Arabic is stored
 * as written), and the application's database is at the latest migration.
 */
@MajlisSpringTest
class SchemaMigrationTest {

    private static final Pattern VERSIONED = Pattern.compile("V([0-9._]+)__.+\\.sql");
    private static final List<String> FOUNDATION_TABLES = List.of("organisation", "edition", "room", "participant",
            "room_assignment", "local_account", "demo_seed");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Flyway flyway;
    @Autowired
    Environment environment;

    @Test
    void the_application_database_is_at_the_latest_migration() throws IOException {
        var info = flyway.info();
        assertThat(info.current()).isNotNull();
        assertThat(info.current().getVersion()).isEqualTo(latestMigration());
        assertThat(info.pending()).as("migrations not applied").isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0",
                Integer.class)).as("failed migrations").isZero();
    }

    @Test
    void the_migrations_build_the_whole_schema_in_utf8mb4_from_an_empty_database() throws IOException {
        // A database whose default is latin1: the migrations themselves must ask for utf8mb4.
        var database = "majlis_empty_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        jdbc.execute("CREATE DATABASE `" + database + "` CHARACTER SET latin1 COLLATE latin1_swedish_ci");
        try {
            var url = Objects.requireNonNull(environment.getProperty("spring.datasource.url"));
            var empty = Flyway.configure()
                    .dataSource(url.substring(0, url.lastIndexOf('/') + 1) + database,
                            environment.getProperty("spring.datasource.username"),
                            environment.getProperty("spring.datasource.password"))
                    .locations("classpath:db/migration")
                    .load();

            var result = empty.migrate();

            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).isEqualTo(migrationFiles().size());
            assertThat(empty.info().current().getVersion()).isEqualTo(latestMigration());
            var tables = jdbc.queryForList("SELECT TABLE_NAME, TABLE_COLLATION FROM information_schema.TABLES"
                    + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME <> 'flyway_schema_history'", database);
            assertThat(tables).extracting(row -> row.get("TABLE_NAME")).containsAll(FOUNDATION_TABLES);
            assertThat(tables).as("tables whose migration does not say utf8mb4")
                    .filteredOn(row -> !String.valueOf(row.get("TABLE_COLLATION")).startsWith("utf8mb4"))
                    .isEmpty();
            assertThat(textColumnsNotInUtf8mb4(database)).as("text columns not in utf8mb4").isEmpty();
        } finally {
            jdbc.execute("DROP DATABASE IF EXISTS `" + database + "`");
        }
    }

    @Test
    void every_table_and_text_column_of_the_application_database_is_utf8mb4() {
        var schema = jdbc.queryForObject("SELECT DATABASE()", String.class);
        var tables = jdbc.queryForList("SELECT TABLE_NAME, TABLE_COLLATION FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = ?", schema);
        assertThat(tables).extracting(row -> row.get("TABLE_NAME")).containsAll(FOUNDATION_TABLES)
                .contains("flyway_schema_history");
        assertThat(tables).filteredOn(row -> !String.valueOf(row.get("TABLE_COLLATION")).startsWith("utf8mb4"))
                .isEmpty();
        assertThat(textColumnsNotInUtf8mb4(schema)).isEmpty();
    }

    private List<Map<String, Object>> textColumnsNotInUtf8mb4(String schema) {
        return jdbc.queryForList("SELECT TABLE_NAME, COLUMN_NAME, CHARACTER_SET_NAME FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = ? AND CHARACTER_SET_NAME IS NOT NULL AND CHARACTER_SET_NAME <> 'utf8mb4'"
                + " AND TABLE_NAME <> 'flyway_schema_history'", schema);
    }

    private static List<String> migrationFiles() throws IOException {
        var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*__*.sql");
        return Arrays.stream(resources).map(r -> Objects.requireNonNull(r.getFilename())).distinct().toList();
    }

    private static MigrationVersion latestMigration() throws IOException {
        return migrationFiles().stream()
                .map(VERSIONED::matcher)
                .filter(Matcher::matches)
                .map(m -> MigrationVersion.fromVersion(m.group(1)))
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }
}
