package org.majlis.audit.internal;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.jspecify.annotations.Nullable;
import org.majlis.audit.AuditAction;
import org.majlis.audit.AuditKind;
import org.majlis.audit.AuditTrail;
import org.majlis.base.StoredTime;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * Turns every entity insert, update and delete Hibernate makes into an audit entry of the transaction
 * ({@link TransactionEntries}), described by the {@link RecordCatalogue}: the record's kind and id, its room and
 * edition, the action (a named one such as FLOOR_GIVEN when a rule of the catalogue matches, else
 * CREATED / CHANGED / DELETED) and a short detail ({@link ChangeDetail}). Being on Hibernate's events, it sees every
 * change made through an entity, whichever service or path made it.
 */
final class EntityChangeListener implements PostInsertEventListener, PostUpdateEventListener,
        PostDeleteEventListener {

    private final AuditTrail trail;
    private final Clock clock;

    EntityChangeListener(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        var persister = event.getPersister();
        RecordCatalogue.of(persister.getEntityName()).ifPresent(spec -> {
            var names = persister.getPropertyNames();
            var state = event.getState();
            var action = spec.created();
            for (var rule : spec.createdRules()) {
                var index = indexOf(names, rule.property());
                if (index >= 0 && rule.when().test(null, state[index])) {
                    action = rule.action();
                    break;
                }
            }
            add(event.getSession(), persister, spec, event.getId(), state, action,
                    ChangeDetail.values(event.getSession(), names, state, spec.leftOut()));
        });
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        var persister = event.getPersister();
        RecordCatalogue.of(persister.getEntityName()).ifPresent(spec -> {
            var names = persister.getPropertyNames();
            var old = event.getOldState();
            var state = event.getState();
            var dirty = dirtyProperties(event, names);
            var shown = new ArrayList<Integer>();
            for (var index : dirty) {
                if (!ChangeDetail.leftOut(names[index], spec.leftOut())) {
                    shown.add(index);
                }
            }
            var action = AuditAction.CHANGED;
            rules:
            for (var rule : spec.rules()) {
                for (var index : dirty) {
                    if (names[index].equals(rule.property())
                            && rule.when().test(old == null ? null : old[index], state[index])) {
                        action = rule.action();
                        break rules;
                    }
                }
            }
            if (shown.isEmpty() && action == AuditAction.CHANGED) {
                return; // only bookkeeping changed (a version, a room's open flag recorded by its status change)
            }
            add(event.getSession(), persister, spec, event.getId(), state, action,
                    ChangeDetail.changes(event.getSession(), names, old, state, shown));
        });
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        var persister = event.getPersister();
        RecordCatalogue.of(persister.getEntityName()).ifPresent(spec -> {
            var state = event.getDeletedState();
            add(event.getSession(), persister, spec, event.getId(), state, AuditAction.DELETED,
                    ChangeDetail.values(event.getSession(), persister.getPropertyNames(), state, spec.leftOut()));
        });
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void add(SharedSessionContractImplementor session, EntityPersister persister, RecordCatalogue.Spec spec,
                     Object id, Object[] state, AuditAction action, String detail) {
        var names = persister.getPropertyNames();
        if (spec.kind() == AuditKind.OTHER) {
            var name = persister.getEntityName();
            detail = name.substring(name.lastIndexOf('.') + 1) + (detail.isEmpty() ? "" : ": " + detail);
        }
        var entry = new PendingEntry(StoredTime.now(clock), trail.actor(), spec.kind(),
                idOf(session, spec.recordId(), id, names, state), action.name(),
                spec.edition() == null ? null : idOf(session, spec.edition(), id, names, state),
                spec.room() == null ? null : idOf(session, spec.room(), id, names, state), detail);
        TransactionEntries.add(session, entry);
    }

    private static int[] dirtyProperties(PostUpdateEvent event, String[] names) {
        var dirty = event.getDirtyProperties();
        if (dirty != null) {
            return dirty;
        }
        // no dirty check made (an update by merge of a detached entity): compare the states ourselves
        var old = event.getOldState();
        var state = event.getState();
        var found = new ArrayList<Integer>();
        for (var i = 0; i < names.length; i++) {
            if (old == null || !java.util.Objects.equals(old[i], state[i])) {
                found.add(i);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The id a property names: the entity's own, a plain id column, or an association's target id. */
    private static @Nullable Long idOf(SharedSessionContractImplementor session, String property, Object ownId,
                                       String[] names, Object[] state) {
        if (property.equals(RecordCatalogue.ID)) {
            return asLong(ownId);
        }
        var index = indexOf(names, property);
        if (index < 0) {
            return null;
        }
        return asLong(targetId(session, state[index]));
    }

    static @Nullable Object targetId(SharedSessionContractImplementor session, @Nullable Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        if (value instanceof HibernateProxy proxy) {
            return proxy.getHibernateLazyInitializer().getInternalIdentifier();
        }
        try {
            return session.getEntityPersister(null, value).getIdentifier(value, session);
        } catch (RuntimeException notAnEntity) {
            return null;
        }
    }

    private static @Nullable Long asLong(@Nullable Object value) {
        return value instanceof Number number ? number.longValue() : null;
    }

    private static int indexOf(String[] names, String property) {
        return Arrays.asList(names).indexOf(property);
    }
}
