package org.majlis.permissions;

import org.majlis.api.ApiTokenService;
import org.majlis.permissions.Stage.Target;
import org.springframework.context.ApplicationContext;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.majlis.permissions.Actors.asAdmin;

/** The read API's set-up for the permission table: a name for a new token, or a token to revoke. */
final class ApiTokenStage {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private final ApiTokenService tokens;

    ApiTokenStage(ApplicationContext context) {
        this.tokens = context.getBean(ApiTokenService.class);
    }

    Target newName() {
        return Target.room(-1).with("Permission test system " + SEQUENCE.incrementAndGet());
    }

    Target token() {
        var issued = asAdmin(() -> tokens.issue("Permission test token " + SEQUENCE.incrementAndGet(), Set.of()));
        return new Target(-1, issued.summary().id(), issued.summary().version(), -1);
    }
}
