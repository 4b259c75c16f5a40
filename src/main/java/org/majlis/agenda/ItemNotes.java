package org.majlis.agenda;

import org.jspecify.annotations.Nullable;
import org.majlis.agenda.internal.AgendaItemRepository;
import org.majlis.agenda.internal.ItemNoteEntity;
import org.majlis.agenda.internal.ItemNoteRepository;
import org.majlis.base.ConcurrentEditException;
import org.majlis.base.NotFoundException;
import org.majlis.base.StoredTime;
import org.majlis.base.UserText;
import org.majlis.base.Validation;
import org.majlis.meetings.RoomAccess;
import org.majlis.meetings.RoomRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * The chairs' and rapporteurs' private notes on agenda items (who to call, what to say). Only the room's chairs and
 * rapporteurs read and write them — not its delegates or observers, and not the secretariat unless it holds one of
 * those roles in the room: a note is the people running the room's working paper. Nothing else reads them: no export,
 * no record, no public screen. One note per item, shared by those roles and versioned, so two chairs saving at once
 * are told rather than overwritten; a read-only room's notes can be read but not changed.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ItemNotes {

    public static final int TEXT_MAX = 4000;

    private final ItemNoteRepository notes;
    private final AgendaItemRepository items;
    private final RoomAccess roomAccess;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ItemNotes(ItemNoteRepository notes, AgendaItemRepository items, RoomAccess roomAccess,
              ApplicationEventPublisher events, Clock clock) {
        this.notes = notes;
        this.items = items;
        this.roomAccess = roomAccess;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the current user keeps the room's notes (a chair or rapporteur of the room). */
    public boolean mayKeepNotes(long roomId) {
        return roomAccess.hasRole(roomId, RoomRole.CHAIR, RoomRole.RAPPORTEUR);
    }

    /** The note on an item of the room (empty, version 0, when nobody wrote one yet). */
    public ItemNote note(long roomId, long itemId) {
        requireNoteKeeper(roomId);
        requireItemOf(roomId, itemId);
        return notes.findByRoomIdAndItemId(roomId, itemId).map(ItemNotes::summary)
                .orElseGet(() -> ItemNote.none(itemId));
    }

    /**
     * Saves the note as {@code version} was read (0 for an item without a note): a note saved by someone else in
     * between is a {@link ConcurrentEditException}, and nothing is changed.
     */
    @Transactional
    public ItemNote save(long roomId, long itemId, long version, @Nullable String text) {
        requireNoteKeeper(roomId);
        requireItemOf(roomId, itemId);
        roomAccess.requireWritable(roomId);
        var clean = UserText.text(text);
        var value = clean == null ? "" : clean.strip();
        new Validation().maxLength("text", value, TEXT_MAX).throwIfAny();
        var note = notes.findByRoomIdAndItemId(roomId, itemId).orElse(null);
        if (note == null) {
            if (version != 0) {
                throw new ConcurrentEditException("Item note", itemId);
            }
            note = new ItemNoteEntity(roomId, itemId);
        } else {
            ConcurrentEditException.check("Item note", itemId, version, shownVersion(note));
        }
        var author = roomAccess.currentParticipant().map(p -> p.fullName()).orElse("?");
        note.write(value, UserText.shortened(author, UserText.DISPLAY_NAME_MAX), StoredTime.now(clock));
        var saved = notes.saveAndFlush(note);
        events.publishEvent(new ItemNoteSaved(roomId, itemId));
        return summary(saved);
    }

    private void requireNoteKeeper(long roomId) {
        if (!mayKeepNotes(roomId)) {
            throw new AccessDeniedException("Only the room's chairs and rapporteurs keep notes in room " + roomId);
        }
    }

    private void requireItemOf(long roomId, long itemId) {
        if (items.findById(itemId).filter(item -> item.getRoomId() == roomId).isEmpty()) {
            throw new NotFoundException("Agenda item", itemId);
        }
    }

    private static ItemNote summary(ItemNoteEntity note) {
        return new ItemNote(note.getItemId(), note.getText(), shownVersion(note), note.getUpdatedBy(),
                note.getUpdatedAt());
    }

    /** 1 for a note saved once (the stored version counts from 0), so that 0 means "no note yet". */
    private static long shownVersion(ItemNoteEntity note) {
        return note.getVersion() + 1;
    }
}
