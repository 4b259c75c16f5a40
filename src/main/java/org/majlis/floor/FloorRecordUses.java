package org.majlis.floor;

import org.jspecify.annotations.Nullable;
import org.majlis.base.Phrase;
import org.majlis.floor.internal.FloorRequestRepository;
import org.majlis.meetings.RecordUses;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Requests for the floor (and the statements attached to them) keep their participant and organisation. */
@Component
@Transactional(readOnly = true)
class FloorRecordUses implements RecordUses {

    private final FloorRequestRepository requests;

    FloorRecordUses(FloorRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public List<Phrase> ofParticipant(long participantId) {
        return RecordUses.counted("admin.in-use.floor-requests", requests.countByParticipant(participantId));
    }

    @Override
    public List<Phrase> ofOrganisation(long organisationId, @Nullable String countryCode) {
        return RecordUses.counted("admin.in-use.floor-requests", requests.countByOrganisation(organisationId));
    }
}
