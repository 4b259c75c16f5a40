package org.majlis.permissions;

/**
 * Who tries an action in the permission table: the secretariat, each role of the room under test, and two people who
 * belong elsewhere. "Another delegate" stands for the rules that are about one's own request or proposal.
 */
enum Who {
    SECRETARIAT("Secretariat"),
    CHAIR("Chair"),
    RAPPORTEUR("Rapporteur"),
    DELEGATE("Delegate"),
    OTHER_DELEGATE("Another delegate"),
    OBSERVER("Observer"),
    OTHER_ROOM("Role in another room only"),
    OTHER_EDITION("Role in another edition only");

    private final String label;

    Who(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
