package org.majlis.security;

/** Application-wide roles. Room roles (chair, rapporteur, delegate, observer) are per room, in {@code meetings}. */
public final class Roles {

    /** The secretariat: sets up editions, rooms, organisations and participants. */
    public static final String ADMIN = "ADMIN";
    /** Anyone signed in. */
    public static final String USER = "USER";

    private Roles() {
    }
}
