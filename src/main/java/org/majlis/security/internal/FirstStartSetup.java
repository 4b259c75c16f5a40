package org.majlis.security.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** The one row of {@code first_start_setup}: whether the secretariat's first account was created, when, as whom. */
@Entity
public class FirstStartSetup {

    /** The only row. */
    public static final int ID = 1;

    @Id
    private Integer id;

    private @Nullable Instant completedAt;

    private @Nullable String secretariatUsername;

    protected FirstStartSetup() {
    }

    public boolean completed() {
        return completedAt != null;
    }

    public void complete(String username, Instant at) {
        this.secretariatUsername = username;
        this.completedAt = at;
    }

    public @Nullable Instant getCompletedAt() {
        return completedAt;
    }

    public @Nullable String getSecretariatUsername() {
        return secretariatUsername;
    }
}
