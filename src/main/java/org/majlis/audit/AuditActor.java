package org.majlis.audit;

/**
 * The account behind a change, as it was at the time: its username (the filter "who") and the name shown for it then,
 * so the trail still reads right after the account is renamed or removed.
 */
public record AuditActor(String username, String displayName, AuditActorKind kind) {

    /** The application itself (demo seeder, start-up, no signed-in user). */
    public static final AuditActor SYSTEM = new AuditActor("system", "system", AuditActorKind.SYSTEM);
}
