package org.majlis.base.live;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Presence in one JVM: per room, per person, how many views they have open. */
@Component
class LocalRoomPresence implements RoomPresence {

    private final Map<Long, Map<String, Present>> rooms = new ConcurrentHashMap<>();
    private final ApplicationEventPublisher events;

    LocalRoomPresence(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public RoomUpdates.Registration enter(long roomId, String personKey, String label) {
        var arrived = new boolean[1];
        rooms.computeIfAbsent(roomId, id -> new ConcurrentHashMap<>()).compute(personKey, (key, present) -> {
            arrived[0] = present == null;
            return new Present(personKey, label, present == null ? 1 : present.views() + 1);
        });
        if (arrived[0]) {
            events.publishEvent(new PresenceChanged(roomId));
        }
        var removed = new boolean[1];
        return () -> {
            synchronized (removed) {
                if (removed[0]) {
                    return;
                }
                removed[0] = true;
            }
            leave(roomId, personKey);
        };
    }

    private void leave(long roomId, String personKey) {
        var left = new boolean[1];
        rooms.computeIfPresent(roomId, (id, people) -> {
            people.computeIfPresent(personKey, (key, present) -> {
                if (present.views() <= 1) {
                    left[0] = true;
                    return null;
                }
                return new Present(key, present.label(), present.views() - 1);
            });
            return people.isEmpty() ? null : people;
        });
        if (left[0]) {
            events.publishEvent(new PresenceChanged(roomId));
        }
    }

    @Override
    public int count(long roomId) {
        var people = rooms.get(roomId);
        return people == null ? 0 : people.size();
    }

    @Override
    public List<Present> present(long roomId) {
        var people = rooms.get(roomId);
        if (people == null) {
            return List.of();
        }
        var collator = Collator.getInstance(Locale.ROOT);
        return people.values().stream().sorted(Comparator.comparing(Present::label, collator)).toList();
    }
}
