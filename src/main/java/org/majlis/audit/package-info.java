/**
 * The audit trail (ADR 0051): who did what, when, from which account, for every kind of record, in one append-only
 * table written in the same transaction as the change. Entity changes are recorded by Hibernate listeners
 * ({@code internal}), so no service has to remember to; the secretariat browses and exports the trail through
 * {@link org.majlis.audit.AuditService}. Nothing here writes to the trail on a person's request.
 */
@NullMarked
package org.majlis.audit;

import org.jspecify.annotations.NullMarked;
