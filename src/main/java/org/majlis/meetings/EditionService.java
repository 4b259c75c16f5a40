package org.majlis.meetings;

import org.majlis.base.ConcurrentEditException;
import org.majlis.base.NotFoundException;
import org.majlis.base.FieldError;
import org.majlis.base.UniqueKeys;
import org.majlis.base.Validation;
import org.majlis.meetings.internal.Edition;
import org.majlis.meetings.internal.EditionRepository;
import org.majlis.meetings.internal.OrganisationRepository;
import org.majlis.meetings.internal.RoomRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Editions of the General Meeting. Everyone signed in reads them; only the secretariat changes them. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class EditionService {

    private final EditionRepository editions;
    private final RoomRepository rooms;
    private final OrganisationRepository organisations;

    EditionService(EditionRepository editions, RoomRepository rooms, OrganisationRepository organisations) {
        this.editions = editions;
        this.rooms = rooms;
        this.organisations = organisations;
    }

    /** All editions, newest first. */
    public List<EditionSummary> list() {
        return editions.findAllNewestFirst().stream()
                .map(e -> e.toSummary(rooms.countByEdition(e.getId())))
                .toList();
    }

    /** The current edition: the one that starts last. Only its rooms can be changed by their participants. */
    public Optional<EditionSummary> current() {
        return editions.findFirstByOrderByStartDateDescIdDesc().map(e -> e.toSummary(rooms.countByEdition(e.getId())));
    }

    public EditionSummary get(long id) {
        var edition = load(id);
        return edition.toSummary(rooms.countByEdition(id));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public EditionSummary create(EditionData data) {
        validate(data, null);
        var edition = new Edition(data.number(), data.city(), data.venue(), data.startDate(), data.endDate(),
                previous(data), host(data));
        edition.requireLanguages(data.requiredLanguages());
        return UniqueKeys.translate(() -> editions.saveAndFlush(edition), taken(data)).toSummary(0);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public EditionSummary update(long id, long version, EditionData data) {
        var edition = load(id);
        ConcurrentEditException.check("Edition", id, version, edition.getVersion());
        validate(data, id);
        edition.change(data.number(), data.city(), data.venue(), data.startDate(), data.endDate(), previous(data),
                host(data));
        edition.requireLanguages(data.requiredLanguages());
        return UniqueKeys.translate(() -> editions.saveAndFlush(edition), taken(data))
                .toSummary(rooms.countByEdition(id));
    }

    private void validate(EditionData data, Long selfId) {
        var v = new Validation()
                .required("number", data.number())
                .localized("city", data.city(), 100, true)
                .localized("venue", data.venue(), 200, false)
                .required("startDate", data.startDate())
                .required("endDate", data.endDate())
                .check(!data.requiredLanguages().isEmpty(), "requiredLanguages",
                        "validation.edition.required-languages");
        if (data.number() != null) {
            v.check(data.number() > 0 && data.number() < 1000, "number", "validation.edition.number-range");
            editions.findByNumber(data.number())
                    .filter(other -> !other.getId().equals(selfId))
                    .ifPresent(other -> v.check(false, "number", "validation.edition.number-taken", data.number()));
        }
        if (data.startDate() != null && data.endDate() != null) {
            v.check(!data.endDate().isBefore(data.startDate()), "endDate", "validation.edition.end-before-start");
        }
        if (data.previousEditionId() != null) {
            v.check(!Objects.equals(data.previousEditionId(), selfId), "previousEditionId",
                    "validation.edition.previous-self");
            editions.findById(data.previousEditionId()).ifPresentOrElse(
                    previous -> v.check(data.startDate() == null
                                    || previous.toSummary(0).startDate().isBefore(data.startDate()),
                            "previousEditionId", "validation.edition.previous-later"),
                    () -> v.check(false, "previousEditionId", "validation.not-found"));
        }
        if (selfId != null && data.startDate() != null) {
            // An edition that a later one reviews must still start before it.
            editions.earliestFollowerStart(selfId).ifPresent(follower -> v.check(
                    data.startDate().isBefore(follower), "startDate", "validation.edition.follower-earlier"));
        }
        if (data.hostId() != null) {
            v.check(organisations.existsById(data.hostId()), "hostId", "validation.not-found");
        }
        v.throwIfAny();
    }

    /** Two people creating the same edition number at once: the second is told, as the check would. */
    private static Map<String, FieldError> taken(EditionData data) {
        return Map.of("uk_edition_number",
                new FieldError("number", "validation.edition.number-taken", String.valueOf(data.number())));
    }

    private Edition previous(EditionData data) {
        return data.previousEditionId() == null ? null : editions.getReferenceById(data.previousEditionId());
    }

    private org.majlis.meetings.internal.Organisation host(EditionData data) {
        return data.hostId() == null ? null : organisations.getReferenceById(data.hostId());
    }

    private Edition load(long id) {
        return editions.findById(id).orElseThrow(() -> new NotFoundException("Edition", id));
    }
}
