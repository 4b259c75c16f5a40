package org.majlis.matrix;

import org.jspecify.annotations.Nullable;
import org.majlis.base.Language;

import java.util.List;
import java.util.Locale;

/**
 * The columns of the matrix as a spreadsheet: what the exports write and the import reads, so that an exported file
 * can be imported again. The header of each column is the translation of {@link #headerKey()} in the file's
 * language; a text column may also be given per language ("Title (French)", {@link #headerKey(Language)}).
 */
public enum MatrixColumn {
    ROOM("export.column.room", false),
    CODE("matrix.field.code", false),
    TITLE("matrix.field.title", true),
    DESCRIPTION("matrix.field.description", true),
    LEAD_UN("matrix.field.lead-un", false),
    LEAD_OIC("matrix.field.lead-oic", false),
    PARTNERS("matrix.field.partners", false),
    BENEFICIARIES("matrix.field.beneficiaries", false),
    TIMEFRAME("matrix.column.timeframe", false),
    RESULTS("matrix.field.results", true),
    INDICATORS("matrix.field.indicators", true),
    SDGS("matrix.field.sdgs", false),
    OIC_AREAS("matrix.field.oic-areas", false),
    BUDGET("matrix.field.budget", false),
    STATUS("matrix.field.status", false);

    /** The columns of every matrix export, in order (an edition's CSV puts {@link #ROOM} first, a room's adds {@link #STATUS}). */
    public static final List<MatrixColumn> CONTENT = List.of(CODE, TITLE, DESCRIPTION, LEAD_UN, LEAD_OIC, PARTNERS,
            BENEFICIARIES, TIMEFRAME, RESULTS, INDICATORS, SDGS, OIC_AREAS, BUDGET);

    private final String headerKey;
    private final boolean text;

    MatrixColumn(String headerKey, boolean text) {
        this.headerKey = headerKey;
        this.text = text;
    }

    /** The translation key of the column's header. */
    public String headerKey() {
        return headerKey;
    }

    /** Whether the column holds a text written per language (title, description, expected results, indicators). */
    public boolean isText() {
        return text;
    }

    /** The header of the column for one language of a text ("Title (Arabic)"), or null for other columns. */
    public @Nullable String headerKey(Language language) {
        return text ? headerKey + "-" + language.code().toLowerCase(Locale.ROOT) : null;
    }
}
