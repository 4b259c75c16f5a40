package org.majlis.matrix;

/** What the current user may do with one entry (or, for {@code draft}, in its room) right now. */
public record EntryPermissions(boolean edit, boolean submit, boolean adopt, boolean returnToDrafting,
                               boolean withdraw, boolean reopen, boolean comment, boolean proposeAmendment,
                               boolean restore, boolean applyAmendment) {

    public static EntryPermissions none() {
        return new EntryPermissions(false, false, false, false, false, false, false, false, false, false);
    }
}
