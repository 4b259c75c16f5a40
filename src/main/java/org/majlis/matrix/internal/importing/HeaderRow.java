package org.majlis.matrix.internal.importing;

import org.jspecify.annotations.Nullable;
import org.majlis.base.Language;
import org.majlis.matrix.MatrixColumn;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The columns of a sheet, told from its first row: each header is recognised in English, French or Arabic (as the
 * export writes it, or per language: "Title (French)"); unknown headers are ignored. The file's language is the one
 * most of its headers are written in: an export's text columns hold the texts of the language it was made in.
 *
 * @param columns  the recognised columns by position
 * @param language the file's language
 */
public record HeaderRow(Map<Integer, Vocabulary.Header> columns, Language language) {

    /** The headers of a sheet, or null when its first row names neither the code nor the title column. */
    public static @Nullable HeaderRow of(RawSheet.Row row, Vocabulary vocabulary) {
        var columns = new LinkedHashMap<Integer, Vocabulary.Header>();
        var votes = new EnumMap<Language, Integer>(Language.class);
        for (int i = 0; i < row.cells().size(); i++) {
            var header = vocabulary.headers.get(Names.key(row.cells().get(i)));
            if (header == null || columns.values().stream().anyMatch(h -> h.column() == header.column()
                    && h.language() == header.language() && h.explicit() == header.explicit())) {
                continue;
            }
            columns.put(i, header);
            if (!header.explicit()) {
                votes.merge(header.language(), 1, Integer::sum);
            }
        }
        var named = columns.values().stream().map(Vocabulary.Header::column).toList();
        if (!named.contains(MatrixColumn.CODE) || !named.contains(MatrixColumn.TITLE)) {
            return null;
        }
        var language = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(Language.EN);
        // A header written the same in two languages was filed under the first: it belongs to the file's language.
        var fixed = new LinkedHashMap<Integer, Vocabulary.Header>();
        columns.forEach((i, h) -> fixed.put(i, h.explicit() ? h : new Vocabulary.Header(h.column(), language, false)));
        return new HeaderRow(Map.copyOf(fixed), language);
    }

    public boolean has(MatrixColumn column) {
        return columns.values().stream().anyMatch(h -> h.column() == column);
    }
}
