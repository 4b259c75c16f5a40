package org.majlis.audit.internal;

import org.jspecify.annotations.Nullable;
import org.majlis.audit.AuditAction;
import org.majlis.audit.AuditKind;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;

import static java.util.Map.entry;

/**
 * What the trail records for each entity, by entity name: the kind of record, where its id, room and edition come
 * from, the fields it leaves out, and the actions that are more than a field change (the floor given, refused, ended,
 * time added…). One table, read in one place: the catalogue of what is recorded (ADR 0051). An entity not named here
 * is still recorded, as {@link AuditKind#OTHER} with its entity name; a revision table (the matrix's and the report's
 * own history) is left out because the change to its parent is recorded with the revision's number.
 */
final class RecordCatalogue {

    /** Property name that means "the entity's own id". */
    static final String ID = "#id";

    /** Fields never written out, whatever the entity: secrets, and the bookkeeping the entry itself carries. */
    static final Set<String> SECRET = Set.of("passwordHash", "tokenHash");
    static final Set<String> ALWAYS_LEFT_OUT = Set.of("version", "updatedAt", "updatedBy");

    /** An action named by a field's change (old, new), tried in order before the generic CHANGED. */
    record Rule(String property, BiPredicate<@Nullable Object, @Nullable Object> when, AuditAction action) {

        static Rule becomes(String property, String value, AuditAction action) {
            return new Rule(property, (old, now) -> now != null && value.equals(String.valueOf(now)), action);
        }

        static Rule set(String property, AuditAction action) {
            return new Rule(property, (old, now) -> old == null && now != null, action);
        }

        static Rule cleared(String property, AuditAction action) {
            return new Rule(property, (old, now) -> old != null && now == null, action);
        }

        static Rule changed(String property, AuditAction action) {
            return new Rule(property, (old, now) -> !Objects.equals(old, now), action);
        }
    }

    /**
     * How one entity is recorded. {@code recordId}, {@code room} and {@code edition} name a property (an id or an
     * association) or {@link #ID}; {@code created} is the action of an insert.
     */
    record Spec(AuditKind kind, String recordId, @Nullable String room, @Nullable String edition, AuditAction created,
                List<Rule> createdRules, Set<String> leftOut, List<Rule> rules) {

        Spec(AuditKind kind, String recordId, @Nullable String room, @Nullable String edition) {
            this(kind, recordId, room, edition, AuditAction.CREATED, List.of(), Set.of(), List.of());
        }

        Spec created(AuditAction action) {
            return new Spec(kind, recordId, room, edition, action, createdRules, leftOut, rules);
        }

        /** An insert named by a field's value (old is null), e.g. a room's status change: closed or reopened. */
        Spec createdAs(Rule... actions) {
            return new Spec(kind, recordId, room, edition, created, List.of(actions), leftOut, rules);
        }

        Spec leaving(String... properties) {
            return new Spec(kind, recordId, room, edition, created, createdRules, Set.of(properties), rules);
        }

        Spec with(Rule... actions) {
            return new Spec(kind, recordId, room, edition, created, createdRules, leftOut, List.of(actions));
        }
    }

    /** The matrix's and the report's revision tables, the setup marker: their parents' entries say it all. */
    private static final Set<String> NOT_RECORDED = Set.of("EntryRevision", "RevisionEntity",
            "ImplementationReportEntity", "FirstStartSetup");

    private static final Map<String, Spec> SPECS = Map.ofEntries(
            entry("Edition", new Spec(AuditKind.EDITION, ID, null, ID)),
            entry("Room", new Spec(AuditKind.ROOM, ID, ID, "edition")
                    .leaving("open")), // opening and closing are recorded with their reason (RoomStatusChange)
            entry("RoomStatusChange", new Spec(AuditKind.ROOM, "roomId", "roomId", null)
                    .createdAs(Rule.becomes("open", "false", AuditAction.ROOM_CLOSED), Rule.becomes("open", "true", AuditAction.ROOM_REOPENED))
                    .leaving("changedBy", "changedAt")),
            entry("Organisation", new Spec(AuditKind.ORGANISATION, ID, null, null)),
            entry("Participant", new Spec(AuditKind.PARTICIPANT, ID, null, null)
                    .leaving("accountLinkedAt")
                    .with(Rule.set("accountSubject", AuditAction.ACCOUNT_LINKED),
                            Rule.cleared("accountSubject", AuditAction.ACCOUNT_UNLINKED))),
            // a role in a room: the record is the participant, so "who changed their roles" is one filter
            entry("Assignment", new Spec(AuditKind.ROLE, "participant", "room", null)
                    .created(AuditAction.ROLE_GIVEN).with(Rule.changed("role", AuditAction.ROLE_CHANGED))),
            entry("LocalAccount", new Spec(AuditKind.ACCOUNT, ID, null, null)),
            entry("AgendaItem", new Spec(AuditKind.AGENDA_ITEM, ID, "roomId", null)
                    .leaving("actualSeconds")
                    .with(Rule.set("closedAt", AuditAction.ITEM_CLOSED), Rule.set("openedAt", AuditAction.ITEM_OPENED),
                            Rule.changed("position", AuditAction.MOVED))),
            entry("ItemNoteEntity", new Spec(AuditKind.AGENDA_NOTE, "itemId", "roomId", null)),
            entry("FloorRequest", new Spec(AuditKind.FLOOR_REQUEST, ID, "roomId", null)
                    .created(AuditAction.FLOOR_REQUESTED).leaving("decidedAt", "startedAt", "endedAt", "pausedMillis")
                    .with(Rule.becomes("status", "SPEAKING", AuditAction.FLOOR_GIVEN),
                            Rule.becomes("status", "REFUSED", AuditAction.FLOOR_REFUSED),
                            Rule.becomes("status", "SPOKE", AuditAction.FLOOR_ENDED),
                            Rule.becomes("status", "WITHDRAWN", AuditAction.WITHDRAWN),
                            Rule.becomes("status", "LAPSED", AuditAction.LAPSED),
                            Rule.changed("addedSeconds", AuditAction.TIME_ADDED),
                            Rule.set("pausedAt", AuditAction.PAUSED), Rule.cleared("pausedAt", AuditAction.RESUMED),
                            Rule.changed("queueKey", AuditAction.MOVED))),
            entry("SpeakerOrderChange", new Spec(AuditKind.FLOOR_ORDER, "roomId", "roomId", null)
                    .created(AuditAction.ORDER_SWITCHED).leaving("changedBy", "changedAt")),
            entry("TimeBudgetEntity", new Spec(AuditKind.TIME_BUDGET, ID, "roomId", null).created(AuditAction.BUDGET_SET)),
            entry("WrittenStatement", new Spec(AuditKind.STATEMENT, ID, "roomId", null).created(AuditAction.STATEMENT_SUBMITTED)),
            entry("WrittenStatementFile", new Spec(AuditKind.STATEMENT, "statementId", null, null)
                    .created(AuditAction.FILE_ATTACHED)),
            entry("MatrixEntry", new Spec(AuditKind.MATRIX_ENTRY, ID, "roomId", "editionId")
                    .with(Rule.changed("status", AuditAction.STATUS_CHANGED))),
            entry("EntryComment", new Spec(AuditKind.MATRIX_COMMENT, "entryId", null, null)
                    .created(AuditAction.COMMENTED).with(Rule.changed("applied", AuditAction.PROPOSAL_APPLIED))),
            entry("ImplementationReview", new Spec(AuditKind.MATRIX_REVIEW, "entryId", null, "editionId")),
            entry("OicAreaEntity", new Spec(AuditKind.REFERENCE_LIST, ID, null, null)
                    .with(Rule.changed("active", AuditAction.ACTIVE_CHANGED))),
            entry("SdgGoalEntity", new Spec(AuditKind.REFERENCE_LIST, ID, null, null)),
            entry("ReportEntity", new Spec(AuditKind.REPORT, ID, "roomId", null)
                    .leaving("recordTakenAt").with(Rule.changed("status", AuditAction.STATUS_CHANGED))),
            entry("ApiToken", new Spec(AuditKind.API_TOKEN, ID, null, null)
                    .created(AuditAction.ISSUED).leaving("createdAt", "createdBy", "revokedBy")
                    .with(Rule.set("revokedAt", AuditAction.REVOKED))),
            entry("ScreenLink", new Spec(AuditKind.SCREEN_LINK, ID, "roomId", null)
                    .created(AuditAction.ISSUED).leaving("lastUsedAt", "createdAt", "createdBy", "revokedBy")
                    .with(Rule.set("revokedAt", AuditAction.REVOKED))));

    private RecordCatalogue() {
    }

    /** How an entity is recorded, or empty when it is not (a revision table). */
    static java.util.Optional<Spec> of(String entityName) {
        var simple = entityName.substring(entityName.lastIndexOf('.') + 1);
        if (NOT_RECORDED.contains(simple)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(SPECS.getOrDefault(simple, new Spec(AuditKind.OTHER, ID, null, null)));
    }
}
