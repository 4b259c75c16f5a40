package org.majlis.audit;

import org.jspecify.annotations.Nullable;
import org.majlis.security.ApiClientAuthentication;
import org.majlis.security.CurrentUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Who the trail records as the actor of a change. Normally the signed-in user of the thread that writes (a person,
 * or an API token by its name); the application itself when nobody is signed in. Code that writes on someone else's
 * behalf — the floor's group commit (ADR 0044), where one delegate's thread records the asks of many — names the
 * actor of each write with {@link #actingAs}.
 */
@Component
public class AuditTrail {

    private static final ThreadLocal<@Nullable AuditActor> ACTING_AS = new ThreadLocal<>();

    /** The actor a change made now on this thread is recorded under. */
    public AuditActor actor() {
        var override = ACTING_AS.get();
        return override != null ? override : fromSecurityContext();
    }

    /** Runs {@code work} recording its changes as made by {@code actor}; the previous actor is restored after. */
    public <T> T actingAs(AuditActor actor, Supplier<T> work) {
        var previous = ACTING_AS.get();
        ACTING_AS.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                ACTING_AS.remove();
            } else {
                ACTING_AS.set(previous);
            }
        }
    }

    private static AuditActor fromSecurityContext() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getPrincipal())) {
            return AuditActor.SYSTEM;
        }
        if (authentication instanceof ApiClientAuthentication client) {
            return new AuditActor("api-token:" + client.tokenId(), client.clientName(), AuditActorKind.API_TOKEN);
        }
        var identity = CurrentUser.identityOf(authentication);
        var kind = "demo-seeder".equals(identity.username()) ? AuditActorKind.SYSTEM : AuditActorKind.PERSON;
        return new AuditActor(identity.username(), identity.displayName(), kind);
    }
}
