package org.majlis.outcome.ui;

import org.majlis.meetings.EditionSummary;

import java.util.List;

/**
 * An extension point of the Outcome documents page: every Spring bean implementing it adds documents to each edition
 * (the final report comes from the {@code report} module this way, which {@code outcome} does not depend on).
 */
public interface EditionDocuments {

    /** Position among the page's documents: the matrix is 10, the review 20. */
    int order();

    /** The documents this bean offers for the edition, in order (none, e.g., when it does not apply). */
    List<EditionDocument> documents(EditionSummary edition);
}
