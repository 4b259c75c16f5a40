package org.majlis.audit.internal;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.majlis.audit.AuditTrail;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Puts the {@link EntityChangeListener} on the session factory's insert, update and delete events when the application
 * starts, before anything (the demo seeder, a request) writes. A Spring bean rather than a Hibernate
 * {@code Integrator} so the listener gets the actor and the clock from the application.
 */
@Component
class AuditListenerRegistration {

    AuditListenerRegistration(EntityManagerFactory entityManagerFactory, AuditTrail trail, Clock clock) {
        var registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        var listener = new EntityChangeListener(trail, clock);
        registry.appendListeners(EventType.POST_INSERT, listener);
        registry.appendListeners(EventType.POST_UPDATE, listener);
        registry.appendListeners(EventType.POST_DELETE, listener);
    }
}
