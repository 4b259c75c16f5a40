package org.majlis.report;

import org.majlis.base.Language;

import java.util.List;

/**
 * The texts still missing in one language: the introduction (only once some language has one), the summaries of the
 * items on the agenda (by number), the recommendations.
 */
public record MissingText(Language language, boolean introduction, List<Integer> itemNumbers,
                          boolean recommendations) {

    public MissingText {
        itemNumbers = List.copyOf(itemNumbers);
    }

    public boolean none() {
        return !introduction && itemNumbers.isEmpty() && !recommendations;
    }
}
