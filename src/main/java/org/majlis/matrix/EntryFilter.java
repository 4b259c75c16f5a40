package org.majlis.matrix;

import org.jspecify.annotations.Nullable;

/**
 * What the room's matrix view filters by; every part is optional. {@code organisationId} matches a lead or partner,
 * {@code memberState} an ISO 3166 code of a beneficiary, {@code text} the code, title, description, results and
 * indicators in any language.
 */
public record EntryFilter(@Nullable EntryStatus status, @Nullable Long organisationId, @Nullable Integer sdg,
                          @Nullable String memberState, @Nullable String text) {

    public static EntryFilter all() {
        return new EntryFilter(null, null, null, null, null);
    }
}
