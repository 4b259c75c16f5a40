package org.majlis;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Majlis: working sessions of intergovernmental meetings.
 * <p>
 * Each direct sub-package is an application module (Spring Modulith); its root package is its API.
 */
@SpringBootApplication
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/majlis.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        try {
            SpringApplication.run(Application.class, args);
        } catch (RuntimeException e) {
            // Spring Boot has already logged why. Exit now: the embedded MariaDB's process threads would keep the
            // JVM alive, and the shutdown hook that stops that server runs only once the JVM exits.
            System.exit(1);
        }
    }
}
