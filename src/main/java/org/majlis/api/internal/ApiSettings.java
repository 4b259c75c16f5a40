package org.majlis.api.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The read API's limits ({@code majlis.api.*}, docs/api.md).
 *
 * @param burst      requests a token may make at once (the bucket's size)
 * @param perMinute  requests a token may make per minute in the long run (the bucket refills at this rate)
 * @param maxClients buckets kept in memory; beyond it the full (idle) ones are dropped
 * @param maxPageSize largest {@code size} of a page
 */
@ConfigurationProperties("majlis.api.rate-limit")
public record ApiSettings(@DefaultValue("60") int burst, @DefaultValue("120") int perMinute,
                          @DefaultValue("10000") int maxClients, @DefaultValue("200") int maxPageSize) {

    public ApiSettings {
        if (burst < 1 || perMinute < 1 || maxClients < 1 || maxPageSize < 1) {
            throw new IllegalArgumentException("majlis.api.rate-limit.* must be positive");
        }
    }
}
