package org.majlis;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Spring Boot test of Majlis as an installation runs it: demo mode off, on a database of its own
 * ({@code majlis_installation} on the JVM's embedded MariaDB, empty at first: no demo data is seeded into it). One
 * context for every such test. Tests that complete the first-start setup reset it afterwards
 * ({@link #RESET_SETUP}), so that each test starts on a fresh installation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = {"majlis.demo=false", "majlis.embedded-db.database=majlis_installation"})
public @interface NoDemoSpringTest {

    /** SQL that takes the installation back to before its first-start setup (no local account at all). */
    String[] RESET_SETUP = {"DELETE FROM local_account",
            "UPDATE first_start_setup SET completed_at = NULL, secretariat_username = NULL"};
}
