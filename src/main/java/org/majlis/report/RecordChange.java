package org.majlis.report;

import org.majlis.base.LocalizedText;

/**
 * One difference between the record the report holds and the record now: an agenda item, intervention, written
 * statement, participating organisation or adopted matrix entry that was added, removed or changed. {@code label}
 * names it (an item's title, an organisation, an entry's code and title); {@code itemNumber} is the agenda item it
 * belongs to (0 for organisations and entries).
 */
public record RecordChange(Change change, Subject subject, int itemNumber, LocalizedText label) {

    public enum Change { ADDED, REMOVED, CHANGED }

    public enum Subject { ITEM, INTERVENTION, STATEMENT, ORGANISATION, ENTRY, ROOM }
}
