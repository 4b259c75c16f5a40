package org.majlis.api.internal;

/** The caller used up its requests: 429 with {@code Retry-After} in seconds. */
class ApiRateLimitedException extends RuntimeException {

    private final long retryAfterSeconds;

    ApiRateLimitedException(long retryAfterSeconds) {
        super("Rate limit exceeded; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
