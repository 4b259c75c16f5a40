package org.majlis.report;

import org.majlis.base.LocalizedText;
import org.majlis.floor.FloorKind;
import org.majlis.meetings.OrganisationFamily;
import org.majlis.meetings.RoomKind;

import java.time.LocalDate;
import java.util.List;

/**
 * What the room did, as the report took it from the record: the room, its edition's dates and city, its co-chairs,
 * the organisations that took the floor, per agenda item (in agenda order) the interventions and written statements,
 * and the room's adopted matrix entries. Stored with the report (apart from the rapporteur's texts) and compared
 * with the record now to show what changed ({@link RecordChange}).
 */
public record ReportRecord(LocalizedText room, RoomKind kind, int editionNumber, LocalizedText city,
                           LocalDate startDate, LocalDate endDate, List<CoChair> coChairs,
                           List<Organisation> organisations, List<Item> items, List<Entry> adoptedEntries) {

    public ReportRecord {
        coChairs = List.copyOf(coChairs);
        organisations = List.copyOf(organisations);
        items = List.copyOf(items);
        adoptedEntries = List.copyOf(adoptedEntries);
    }

    /** A co-chair of the room and their organisation. */
    public record CoChair(String name, LocalizedText organisation) {
    }

    /** An organisation that took the floor in the room. */
    public record Organisation(long id, OrganisationFamily family, LocalizedText name, LocalizedText acronym) {
    }

    /**
     * An agenda item. {@code onAgenda} is false for an item that was taken off the agenda after the rapporteur wrote
     * its summary: it stays (with its summary, marked "no longer on the agenda") until the rapporteur deletes it.
     */
    public record Item(long id, int number, LocalizedText title, boolean onAgenda, List<Intervention> interventions,
                       List<Statement> statements) {

        public Item {
            interventions = List.copyOf(interventions);
            statements = List.copyOf(statements);
        }
    }

    /** Someone took the floor for an organisation: the kind of intervention and how long it lasted. */
    public record Intervention(long requestId, long organisationId, LocalizedText organisation, FloorKind kind,
                               long seconds) {
    }

    /** A written statement: the organisation and its title (the file's name, else the text's first line). */
    public record Statement(long id, LocalizedText organisation, String title) {
    }

    /** An adopted matrix entry of the room. */
    public record Entry(long id, String code, LocalizedText title) {
    }

    public List<Long> itemIdsOnAgenda() {
        return items.stream().filter(Item::onAgenda).map(Item::id).toList();
    }

    public List<Long> itemIds() {
        return items.stream().map(Item::id).toList();
    }

    public List<Organisation> organisations(OrganisationFamily family) {
        return organisations.stream().filter(o -> o.family() == family).toList();
    }
}
