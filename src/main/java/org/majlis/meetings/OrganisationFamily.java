package org.majlis.meetings;

/**
 * Which side an organisation belongs to. Each family has a default protocol precedence (lower speaks first in protocol
 * order): UN entities and OIC institutions, then member states, then observers and others; the secretariat can set
 * another per organisation, and the co-chairs' organisations come first in their room ({@link #CO_CHAIRS}).
 */
public enum OrganisationFamily {
    UN(20),
    OIC(20),
    MEMBER_STATE(30),
    OTHER(40);

    /** The precedence of the organisations of a room's chairs, in that room: ahead of every family. */
    public static final int CO_CHAIRS = 10;

    /** The precedence the secretariat may give an organisation: 1 (first) to 99 (last). */
    public static final int PRECEDENCE_MIN = 1;
    public static final int PRECEDENCE_MAX = 99;

    private final int defaultPrecedence;

    OrganisationFamily(int defaultPrecedence) {
        this.defaultPrecedence = defaultPrecedence;
    }

    public int defaultPrecedence() {
        return defaultPrecedence;
    }
}
