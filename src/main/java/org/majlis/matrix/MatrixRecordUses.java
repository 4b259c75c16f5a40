package org.majlis.matrix;

import org.jspecify.annotations.Nullable;
import org.majlis.base.Phrase;
import org.majlis.matrix.internal.MatrixEntryRepository;
import org.majlis.meetings.RecordUses;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * Matrix entries name organisations as leads, partners and (by country) beneficiaries, and keep the delegate who
 * proposed them. Revisions, comments and reports keep names as written, not references.
 */
@Component
@Transactional(readOnly = true)
class MatrixRecordUses implements RecordUses {

    private final MatrixEntryRepository entries;

    MatrixRecordUses(MatrixEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    public List<Phrase> ofParticipant(long participantId) {
        return RecordUses.counted("admin.in-use.proposed-entries", entries.countProposedBy(participantId));
    }

    @Override
    public List<Phrase> ofOrganisation(long organisationId, @Nullable String countryCode) {
        var uses = new ArrayList<Phrase>();
        uses.addAll(RecordUses.counted("admin.in-use.led-entries", entries.countLedBy(organisationId)));
        uses.addAll(RecordUses.counted("admin.in-use.partner-entries", entries.countWithPartner(organisationId)));
        if (countryCode != null) {
            uses.addAll(RecordUses.counted("admin.in-use.beneficiary-entries",
                    entries.countWithBeneficiary(countryCode)));
        }
        return uses;
    }
}
