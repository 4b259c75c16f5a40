package org.majlis.audit;

import java.util.Optional;

/**
 * What was done to a record, as an audit entry records it: the generic {@link #CREATED}, {@link #CHANGED} and
 * {@link #DELETED}, or a named action where a change means more than a field change (the floor given, time added, a
 * room closed…; ADR 0051). Stored by name, so a name is never changed once released; shown translated
 * ({@code audit.action.<NAME>}).
 */
public enum AuditAction {
    CREATED,
    CHANGED,
    DELETED,
    ROLE_GIVEN,
    ROLE_CHANGED,
    ACCOUNT_LINKED,
    ACCOUNT_UNLINKED,
    ROOM_CLOSED,
    ROOM_REOPENED,
    ITEM_OPENED,
    ITEM_CLOSED,
    FLOOR_REQUESTED,
    FLOOR_GIVEN,
    FLOOR_REFUSED,
    FLOOR_ENDED,
    WITHDRAWN,
    LAPSED,
    TIME_ADDED,
    PAUSED,
    RESUMED,
    MOVED,
    ORDER_SWITCHED,
    BUDGET_SET,
    STATEMENT_SUBMITTED,
    FILE_ATTACHED,
    STATUS_CHANGED,
    COMMENTED,
    PROPOSAL_APPLIED,
    ACTIVE_CHANGED,
    ISSUED,
    REVOKED;

    /** The translation key of its label. */
    public String labelKey() {
        return "audit.action." + name();
    }

    /** The action of a stored code, if this version of Majlis knows it (a later one may add actions). */
    public static Optional<AuditAction> of(String code) {
        for (var action : values()) {
            if (action.name().equals(code)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
