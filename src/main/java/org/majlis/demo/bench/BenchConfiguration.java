package org.majlis.demo.bench;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link BenchGate} in front of {@code /bench/*} whether or not the bench is on, first of all filters (before
 * Spring Security's), so that {@code /bench/**} is a plain 404 without the bench and loopback-only with it.
 */
@Configuration(proxyBeanMethods = false)
class BenchConfiguration {

    @Bean
    FilterRegistrationBean<BenchGate> benchGate(BenchSettings settings) {
        var registration = new FilterRegistrationBean<>(new BenchGate(settings.enabled()));
        registration.addUrlPatterns(BenchGate.PATH, BenchGate.PATH + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
