package org.majlis.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether Majlis runs as a demo: one explicit setting, {@code majlis.demo} (environment {@code MAJLIS_DEMO}), on for
 * {@code ./mvnw spring-boot:run}, the tests and {@code docker compose}, off for the jar unless asked for. A demo
 * seeds the demo data into an empty database, lets the demo accounts (password {@code demo}) sign in and names them
 * on the sign-in page, accepts the published default secrets, and says "Demo" on every page. Without it: no demo
 * data, demo accounts cannot sign in, the secretariat's account comes from the first-start setup, and default
 * secrets stop the start.
 */
@Component
public class DemoMode {

    /** The setting; {@code MAJLIS_DEMO} in the environment. */
    public static final String PROPERTY = "majlis.demo";

    private final boolean on;

    public DemoMode(@Value("${" + PROPERTY + ":false}") boolean on) {
        this.on = on;
    }

    public boolean on() {
        return on;
    }
}
