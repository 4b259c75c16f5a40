package org.majlis.base.internal;

import org.majlis.base.DemoMode;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * In demo mode the web server listens on the loopback address only, unless {@code server.address}
 * ({@code SERVER_ADDRESS}) says otherwise: a demo publishes its accounts' password on the sign-in page, so it must not
 * be reachable from other machines by accident. {@code docker-compose.yml} sets {@code SERVER_ADDRESS=0.0.0.0} inside
 * the container and publishes the port on the host's loopback address. Outside demo mode nothing changes (the server
 * listens where Spring Boot's default or the operator's {@code server.address} says).
 */
public class DemoLoopbackAddress implements EnvironmentPostProcessor, Ordered {

    static final String SERVER_ADDRESS = "server.address";
    static final String LOOPBACK = "127.0.0.1";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty(DemoMode.PROPERTY, Boolean.class, false)
                && !environment.containsProperty(SERVER_ADDRESS)) {
            environment.getPropertySources().addLast(
                    new MapPropertySource("majlis-demo-loopback", Map.of(SERVER_ADDRESS, LOOPBACK)));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10; // after the configuration files, which may set either setting
    }
}
