package org.majlis.matrix;

import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;
import org.majlis.base.UserText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The content of a matrix entry: what its form edits and what each revision keeps as a snapshot. Lists are kept
 * sorted and without duplicates, so two contents compare equal when they say the same thing.
 */
public record EntryData(@Nullable String code,
                        LocalizedText title,
                        LocalizedText description,
                        @Nullable Long leadUnId,
                        @Nullable Long leadOicId,
                        List<Long> partnerIds,
                        List<String> beneficiaries,
                        @Nullable LocalDate startDate,
                        @Nullable LocalDate endDate,
                        LocalizedText expectedResults,
                        LocalizedText indicators,
                        List<Integer> sdgs,
                        List<Long> oicAreaIds,
                        @Nullable BigDecimal budget,
                        @Nullable String currency) {

    public EntryData {
        code = upper(UserText.lineOrNull(code));
        title = orEmpty(title).singleLine();
        description = orEmpty(description);
        partnerIds = sorted(partnerIds);
        beneficiaries = sorted(beneficiaries == null ? null
                : beneficiaries.stream().map(UserText::line).map(c -> c.toUpperCase(Locale.ROOT)).toList());
        expectedResults = orEmpty(expectedResults);
        indicators = orEmpty(indicators);
        sdgs = sorted(sdgs);
        oicAreaIds = sorted(oicAreaIds);
        budget = budget == null ? null : budget.stripTrailingZeros().scale() < 0
                ? budget.setScale(0) : budget.stripTrailingZeros();
        currency = upper(UserText.lineOrNull(currency));
    }

    /** An empty entry, as a new form starts. */
    public static EntryData empty() {
        return new EntryData(null, LocalizedText.empty(), LocalizedText.empty(), null, null, List.of(), List.of(),
                null, null, LocalizedText.empty(), LocalizedText.empty(), List.of(), List.of(), null, null);
    }

    public EntryData withCode(@Nullable String newCode) {
        return new EntryData(newCode, title, description, leadUnId, leadOicId, partnerIds, beneficiaries, startDate,
                endDate, expectedResults, indicators, sdgs, oicAreaIds, budget, currency);
    }

    public EntryData withTimeframe(@Nullable LocalDate start, @Nullable LocalDate end) {
        return new EntryData(code, title, description, leadUnId, leadOicId, partnerIds, beneficiaries, start, end,
                expectedResults, indicators, sdgs, oicAreaIds, budget, currency);
    }

    /** Every organisation named as lead or partner. */
    public boolean involves(long organisationId) {
        return Long.valueOf(organisationId).equals(leadUnId) || Long.valueOf(organisationId).equals(leadOicId)
                || partnerIds.contains(organisationId);
    }

    private static @Nullable String upper(@Nullable String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static LocalizedText orEmpty(@Nullable LocalizedText text) {
        return text == null ? LocalizedText.empty() : text;
    }

    private static <T extends Comparable<T>> List<T> sorted(@Nullable Collection<T> values) {
        return values == null ? List.of() : values.stream().distinct().sorted().toList();
    }
}
