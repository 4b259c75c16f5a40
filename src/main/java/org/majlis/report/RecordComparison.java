package org.majlis.report;

import org.majlis.base.LocalizedText;
import org.majlis.report.RecordChange.Change;
import org.majlis.report.RecordChange.Subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between the record a report holds and the record now, and the record a report takes in: the record
 * now plus every item that left the agenda while its summary is still written (kept, marked off the agenda, until
 * the rapporteur deletes the summary). Pure functions: the rapporteur's texts are never an output.
 */
final class RecordComparison {

    private RecordComparison() {
    }

    static List<RecordChange> changes(ReportRecord before, ReportRecord now) {
        var changes = new ArrayList<RecordChange>();
        if (!before.room().equals(now.room()) || !before.coChairs().equals(now.coChairs())
                || !before.startDate().equals(now.startDate()) || !before.endDate().equals(now.endDate())) {
            changes.add(new RecordChange(Change.CHANGED, Subject.ROOM, 0, now.room()));
        }
        var beforeItems = byId(before.items().stream().filter(ReportRecord.Item::onAgenda).toList(),
                ReportRecord.Item::id);
        var nowItems = byId(now.items(), ReportRecord.Item::id);
        for (var item : now.items()) {
            var old = beforeItems.get(item.id());
            if (old == null) {
                changes.add(new RecordChange(Change.ADDED, Subject.ITEM, item.number(), item.title()));
                nested(changes, item, List.of(), List.of(), item.interventions(), item.statements());
            } else {
                if (old.number() != item.number() || !old.title().equals(item.title())) {
                    changes.add(new RecordChange(Change.CHANGED, Subject.ITEM, item.number(), item.title()));
                }
                nested(changes, item, old.interventions(), old.statements(), item.interventions(), item.statements());
            }
        }
        for (var old : beforeItems.values()) {
            if (!nowItems.containsKey(old.id())) {
                changes.add(new RecordChange(Change.REMOVED, Subject.ITEM, old.number(), old.title()));
            }
        }
        compare(changes, Subject.ORGANISATION, 0, before.organisations(), now.organisations(),
                ReportRecord.Organisation::id, RecordComparison::label);
        compare(changes, Subject.ENTRY, 0, before.adoptedEntries(), now.adoptedEntries(), ReportRecord.Entry::id,
                e -> prefixed(e.code(), e.title()));
        return changes;
    }

    /** The record to store when the rapporteur takes in {@code now}: off-agenda items with a summary are kept. */
    static ReportRecord takeIn(ReportRecord before, ReportRecord now, ReportTexts texts) {
        var ids = now.itemIds();
        var items = new ArrayList<>(now.items());
        before.items().stream()
                .filter(old -> !ids.contains(old.id()) && texts.summaries().containsKey(old.id()))
                .map(old -> new ReportRecord.Item(old.id(), old.number(), old.title(), false, List.of(), List.of()))
                .forEach(items::add);
        return new ReportRecord(now.room(), now.kind(), now.editionNumber(), now.city(), now.startDate(),
                now.endDate(), now.coChairs(), now.organisations(), items, now.adoptedEntries());
    }

    /** The record without the off-agenda items whose summary the rapporteur deleted. */
    static ReportRecord withoutDeleted(ReportRecord record, ReportTexts texts) {
        if (record.items().stream().allMatch(i -> i.onAgenda() || texts.summaries().containsKey(i.id()))) {
            return record;
        }
        var items = record.items().stream()
                .filter(i -> i.onAgenda() || texts.summaries().containsKey(i.id())).toList();
        return new ReportRecord(record.room(), record.kind(), record.editionNumber(), record.city(),
                record.startDate(), record.endDate(), record.coChairs(), record.organisations(), items,
                record.adoptedEntries());
    }

    private static void nested(List<RecordChange> changes, ReportRecord.Item item,
                               List<ReportRecord.Intervention> oldInterventions, List<ReportRecord.Statement> oldStatements,
                               List<ReportRecord.Intervention> interventions, List<ReportRecord.Statement> statements) {
        compare(changes, Subject.INTERVENTION, item.number(), oldInterventions, interventions,
                ReportRecord.Intervention::requestId, ReportRecord.Intervention::organisation);
        compare(changes, Subject.STATEMENT, item.number(), oldStatements, statements, ReportRecord.Statement::id,
                s -> prefixed(s.title(), s.organisation()));
    }

    private static <T> void compare(List<RecordChange> changes, Subject subject, int itemNumber, List<T> before,
                                    List<T> now, Function<T, Long> id, Function<T, LocalizedText> label) {
        var old = byId(before, id);
        var fresh = byId(now, id);
        for (var value : now) {
            var previous = old.get(id.apply(value));
            if (previous == null) {
                changes.add(new RecordChange(Change.ADDED, subject, itemNumber, label.apply(value)));
            } else if (!Objects.equals(previous, value)) {
                changes.add(new RecordChange(Change.CHANGED, subject, itemNumber, label.apply(value)));
            }
        }
        for (var value : before) {
            if (!fresh.containsKey(id.apply(value))) {
                changes.add(new RecordChange(Change.REMOVED, subject, itemNumber, label.apply(value)));
            }
        }
    }

    private static <T> Map<Long, T> byId(List<T> values, Function<T, Long> id) {
        return values.stream().collect(Collectors.toMap(id, v -> v, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static LocalizedText label(ReportRecord.Organisation o) {
        return o.acronym().isEmpty() ? o.name() : o.acronym();
    }

    private static LocalizedText prefixed(String prefix, LocalizedText text) {
        return LocalizedText.of(join(prefix, text.en()), join(prefix, text.fr()), join(prefix, text.ar()));
    }

    private static String join(String prefix, String text) {
        return text == null || text.isBlank() ? prefix : prefix + " — " + text;
    }
}
