package org.majlis.matrix;

/** What confirming an import does with one row: a new entry, a change of the entry with its code, or nothing. */
public enum ImportAction {
    CREATE,
    UPDATE,
    UNCHANGED
}
