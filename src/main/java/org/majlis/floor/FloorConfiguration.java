package org.majlis.floor;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({FloorSettings.class, TimeBudgetSettings.class})
class FloorConfiguration {
}
