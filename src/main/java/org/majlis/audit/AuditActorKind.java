package org.majlis.audit;

/** Who acted: a signed-in person, a client system with an API token, or the application itself. */
public enum AuditActorKind {
    /** A local account or a Keycloak account. */
    PERSON,
    /** A client system with an API token, recorded by the token's name. */
    API_TOKEN,
    /** The application: the demo seeder, start-up work, anything without a signed-in user. */
    SYSTEM
}
