package org.majlis.matrix.internal.importing;

import org.jspecify.annotations.Nullable;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.matrix.EntryData;
import org.majlis.matrix.EntryStatus;
import org.majlis.matrix.ImportProblem;
import org.majlis.matrix.MatrixColumn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One data row as read: the values of its columns (references already matched to ids) and what could not be read.
 * Texts are kept per language the file speaks for, so that importing the French export of an entry changes its
 * French texts and keeps its English and Arabic ones ({@link #apply}).
 *
 * @param room   the room named in the row (its Room column) or by its sheet, null when none is named
 * @param status the status named in the row, null when the file has no Status column
 */
public record ParsedRow(int number, @Nullable String code, @Nullable Long room, boolean roomNamed,
                        @Nullable EntryStatus status, Map<MatrixColumn, Map<Language, @Nullable String>> texts,
                        @Nullable Long leadUnId, @Nullable Long leadOicId, List<Long> partnerIds,
                        List<String> beneficiaries, @Nullable LocalDate startDate, @Nullable LocalDate endDate,
                        List<Integer> sdgs, List<Long> oicAreaIds, @Nullable BigDecimal budget,
                        @Nullable String currency, List<ImportProblem> problems) {

    /**
     * The entry's content once this row is imported over {@code base} (an existing entry's content, or an empty
     * one): every column from the file, and for texts only the languages the file gives.
     */
    public EntryData apply(EntryData base) {
        return new EntryData(code, text(MatrixColumn.TITLE, base.title()),
                text(MatrixColumn.DESCRIPTION, base.description()), leadUnId, leadOicId, partnerIds, beneficiaries,
                startDate, endDate, text(MatrixColumn.RESULTS, base.expectedResults()),
                text(MatrixColumn.INDICATORS, base.indicators()), sdgs, oicAreaIds, budget, currency);
    }

    private LocalizedText text(MatrixColumn column, LocalizedText base) {
        var given = texts.get(column);
        if (given == null || given.isEmpty()) {
            return base;
        }
        var values = new EnumMap<Language, @Nullable String>(Language.class);
        for (var language : Language.values()) {
            values.put(language, given.containsKey(language) ? given.get(language) : base.get(language));
        }
        return LocalizedText.of(values.get(Language.EN), values.get(Language.FR), values.get(Language.AR));
    }

    /** A mutable map for the texts of one row. */
    static Map<MatrixColumn, Map<Language, @Nullable String>> newTexts() {
        return new EnumMap<>(MatrixColumn.class);
    }

    static void put(Map<MatrixColumn, Map<Language, @Nullable String>> texts, MatrixColumn column, Language language,
                    @Nullable String value) {
        texts.computeIfAbsent(column, c -> new HashMap<>()).put(language, value);
    }
}
