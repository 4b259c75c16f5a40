package org.majlis.matrix.internal.importing;

import org.jspecify.annotations.Nullable;
import org.majlis.base.Language;
import org.majlis.matrix.EntryStatus;
import org.majlis.matrix.ImportProblem;
import org.majlis.matrix.MatrixColumn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the data rows of one sheet into {@link ParsedRow}s. Cells are read the way the export writes them, in the
 * file's language: lists separated by ";" (Arabic "؛") or line breaks, SDGs as "2 — Zero hunger", areas as
 * "POA-01 — name", the timeframe as "start – end" with dates as the language writes them (or ISO), the budget as
 * "1,250,000 USD" / "1 250 000 USD" / "١٬٢٥٠٬٠٠٠ USD", a missing translation as the export's mark before the text
 * shown in its place. Anything that does not match is a problem of the row and column, with the value quoted.
 */
public final class RowReader {

    private static final Pattern LIST = Pattern.compile("[;؛\\n\\r]+");
    private static final Pattern RANGE = Pattern.compile("\\s+[–—-]\\s+|\\s*[–—]\\s*|\\s+(?:to|au|à|إلى|حتى)\\s+");
    private static final Pattern SDG = Pattern.compile("^\\D{0,12}?(\\d{1,2})(?:\\s*[—–:.-].*)?$");
    private static final Pattern AMOUNT = Pattern.compile("^(?:([A-Za-z]{3})\\s*)?([0-9][0-9\\s\\u00A0\\u202F.,']*)(?:\\s*([A-Za-z]{3}))?$");
    private static final int QUOTE_MAX = 60;

    private final HeaderRow header;
    private final Vocabulary vocabulary;
    private final @Nullable Long sheetRoom;
    private final List<DateTimeFormatter> dateFormats;

    /** @param sheetRoom the room the sheet's name names (an edition's XLSX has a sheet per room), if any */
    public RowReader(HeaderRow header, Vocabulary vocabulary, @Nullable Long sheetRoom) {
        this.header = header;
        this.vocabulary = vocabulary;
        this.sheetRoom = sheetRoom;
        var formats = new ArrayList<DateTimeFormatter>();
        formats.add(DateTimeFormatter.ISO_LOCAL_DATE);
        for (var language : Language.values()) {
            for (var style : List.of(FormatStyle.LONG, FormatStyle.MEDIUM)) {
                formats.add(new DateTimeFormatterBuilder().parseCaseInsensitive().parseLenient()
                        .appendLocalized(style, null).toFormatter(language.locale()));
            }
            for (var pattern : List.of("d MMMM uuuu", "MMMM d, uuuu", "d MMM uuuu", "MMM d, uuuu")) {
                formats.add(new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                        .toFormatter(language.locale()));
            }
        }
        formats.add(DateTimeFormatter.ofPattern("d/M/uuuu"));
        formats.add(DateTimeFormatter.ofPattern("d.M.uuuu"));
        this.dateFormats = List.copyOf(formats);
    }

    /** The room a sheet's name names, among the edition's rooms (exact name, or the start of a title Excel cut). */
    public static @Nullable Long roomOfSheet(@Nullable String sheetName, Vocabulary vocabulary) {
        if (sheetName == null) {
            return null;
        }
        var key = Names.key(sheetName);
        var exact = vocabulary.rooms.get(key);
        if (exact != null && exact.size() == 1) {
            return exact.iterator().next();
        }
        if (key.length() >= 25) {
            var prefixed = vocabulary.rooms.entrySet().stream().filter(e -> e.getKey().startsWith(key))
                    .flatMap(e -> e.getValue().stream()).distinct().toList();
            if (prefixed.size() == 1) {
                return prefixed.getFirst();
            }
        }
        return null;
    }

    public ParsedRow read(RawSheet.Row row) {
        var problems = new ArrayList<ImportProblem>();
        var texts = ParsedRow.newTexts();
        String code = null;
        Long room = sheetRoom;
        boolean roomNamed = false;
        EntryStatus status = null;
        Long leadUn = null;
        Long leadOic = null;
        List<Long> partners = List.of();
        List<String> states = List.of();
        LocalDate start = null;
        LocalDate end = null;
        List<Integer> sdgs = List.of();
        List<Long> areas = List.of();
        BigDecimal budget = null;
        String currency = null;
        for (var entry : header.columns().entrySet()) {
            var h = entry.getValue();
            var column = h.column();
            var value = row.cell(entry.getKey()).strip();
            switch (column) {
                case CODE -> code = value.isEmpty() ? null : value;
                case ROOM -> {
                    if (!value.isEmpty()) {
                        roomNamed = true;
                        room = single(vocabulary.rooms.get(Names.key(value)));
                        if (room == null) {
                            problems.add(problem(column, "matrix.import.error.room-unknown", value));
                        }
                    }
                }
                case STATUS -> {
                    if (!value.isEmpty()) {
                        status = vocabulary.statuses.get(Names.key(value));
                        if (status == null) {
                            problems.add(problem(column, "matrix.import.error.status-unknown", value));
                        }
                    }
                }
                case TITLE, DESCRIPTION, RESULTS, INDICATORS -> text(texts, h, value);
                case LEAD_UN -> leadUn = organisation(value, column, problems);
                case LEAD_OIC -> leadOic = organisation(value, column, problems);
                case PARTNERS -> partners = organisations(value, column, problems);
                case BENEFICIARIES -> states = memberStates(value, column, problems);
                case TIMEFRAME -> {
                    var dates = timeframe(value, column, problems);
                    start = dates[0];
                    end = dates[1];
                }
                case SDGS -> sdgs = sdgs(value, column, problems);
                case OIC_AREAS -> areas = areas(value, column, problems);
                case BUDGET -> {
                    if (!value.isEmpty()) {
                        var m = AMOUNT.matcher(Names.digits(value).replace('\u00A0', ' ').strip());
                        var number = m.matches() ? number(m.group(2)) : null;
                        if (number == null || (m.group(1) != null && m.group(3) != null)) {
                            problems.add(problem(column, "matrix.import.error.budget", value));
                        } else {
                            budget = number;
                            currency = m.group(1) != null ? m.group(1) : m.group(3);
                        }
                    }
                }
            }
        }
        return new ParsedRow(row.number(), code, room, roomNamed, status, texts, leadUn, leadOic, partners, states,
                start, end, sdgs, areas, budget, currency, problems);
    }

    /** A text cell: the file's language, unless the export's mark says the text is another language's. */
    private void text(Map<MatrixColumn, Map<Language, @Nullable String>> texts,
                      Vocabulary.Header h, String value) {
        if (!h.explicit()) {
            var marks = vocabulary.marks.getOrDefault(h.language(), Map.of());
            for (var mark : marks.entrySet()) {
                if (!mark.getValue().isEmpty() && value.startsWith(mark.getValue())) {
                    ParsedRow.put(texts, h.column(), h.language(), null);
                    var shown = value.substring(mark.getValue().length()).strip();
                    ParsedRow.put(texts, h.column(), mark.getKey(), shown.isEmpty() ? null : shown);
                    return;
                }
            }
        }
        var existing = texts.get(h.column());
        // A column per language says more than the file's language column: it is not overwritten by it.
        if (!h.explicit() && existing != null && existing.containsKey(h.language())) {
            return;
        }
        ParsedRow.put(texts, h.column(), h.language(), value.isEmpty() ? null : value);
    }

    private @Nullable Long organisation(String value, MatrixColumn column, List<ImportProblem> problems) {
        if (value.isEmpty()) {
            return null;
        }
        var found = vocabulary.organisations.get(Names.key(value));
        if (found == null || found.size() != 1) {
            problems.add(problem(column, found == null ? "matrix.import.error.organisation-unknown"
                    : "matrix.import.error.ambiguous", value));
            return null;
        }
        return found.iterator().next();
    }

    private List<Long> organisations(String value, MatrixColumn column, List<ImportProblem> problems) {
        var ids = new LinkedHashSet<Long>();
        for (var item : items(value, vocabulary.organisations.keySet())) {
            var id = organisation(item, column, problems);
            if (id != null) {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    private List<String> memberStates(String value, MatrixColumn column, List<ImportProblem> problems) {
        var codes = new LinkedHashSet<String>();
        for (var item : items(value, vocabulary.memberStates.keySet())) {
            var found = vocabulary.memberStates.get(Names.key(item));
            if (found == null || found.size() != 1) {
                problems.add(problem(column, "matrix.import.error.state-unknown", item));
            } else {
                codes.add(found.iterator().next());
            }
        }
        return List.copyOf(codes);
    }

    private List<Integer> sdgs(String value, MatrixColumn column, List<ImportProblem> problems) {
        var numbers = new LinkedHashSet<Integer>();
        for (var item : items(value, vocabulary.sdgs.keySet())) {
            var m = SDG.matcher(Names.digits(item));
            Integer number = m.matches() ? Integer.valueOf(m.group(1)) : vocabulary.sdgs.get(Names.key(item));
            if (number == null || number < 1 || number > 17) {
                problems.add(problem(column, "matrix.import.error.sdg-unknown", item));
            } else {
                numbers.add(number);
            }
        }
        return List.copyOf(numbers);
    }

    private List<Long> areas(String value, MatrixColumn column, List<ImportProblem> problems) {
        var ids = new LinkedHashSet<Long>();
        for (var item : items(value, vocabulary.areas.keySet())) {
            var id = vocabulary.areas.get(Names.key(item));
            if (id == null) {
                // "POA-01 — name": the code before the dash.
                var dash = item.indexOf(" — ");
                id = dash > 0 ? vocabulary.areas.get(Names.key(item.substring(0, dash))) : null;
            }
            if (id == null) {
                problems.add(problem(column, "matrix.import.error.area-unknown", item));
            } else {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    /**
     * The items of a list cell. A part that is not known as a whole but whose comma-separated pieces all are is
     * taken as those pieces ("FAO, UNDP"), since spreadsheets kept by hand often use commas.
     */
    private static List<String> items(String value, Set<String> known) {
        var items = new ArrayList<String>();
        for (var part : LIST.split(value)) {
            var item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            if (!known.contains(Names.key(item)) && (item.contains(",") || item.contains("،"))) {
                var pieces = Arrays.stream(item.split("[,،]")).map(String::strip)
                        .filter(p -> !p.isEmpty()).toList();
                if (pieces.size() > 1 && pieces.stream().allMatch(p -> known.contains(Names.key(p)))) {
                    items.addAll(pieces);
                    continue;
                }
            }
            items.add(item);
        }
        return items;
    }

    private @Nullable LocalDate[] timeframe(String value, MatrixColumn column, List<ImportProblem> problems) {
        var dates = new LocalDate[2];
        if (value.isEmpty()) {
            return dates;
        }
        var parts = RANGE.split(Names.digits(value).strip(), 2);
        for (int i = 0; i < parts.length; i++) {
            var part = parts[i].strip();
            if (part.isEmpty()) {
                continue;
            }
            dates[i] = date(part);
            if (dates[i] == null) {
                problems.add(problem(column, "matrix.import.error.date", part));
            }
        }
        return dates;
    }

    private @Nullable LocalDate date(String text) {
        for (var format : dateFormats) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return null;
    }

    /** A number written the English, French or Arabic way; null when it is not one. */
    private @Nullable BigDecimal number(String written) {
        var text = written.replaceAll("[\\s\\u00A0\\u202F']", "");
        int comma = text.lastIndexOf(',');
        int dot = text.lastIndexOf('.');
        boolean frenchFile = header.language() == Language.FR;
        String plain;
        if (comma >= 0 && dot >= 0) {
            plain = comma > dot ? text.replace(".", "").replace(',', '.') : text.replace(",", "");
        } else if (comma >= 0) {
            var decimals = text.length() - comma - 1;
            boolean grouping = text.chars().filter(c -> c == ',').count() > 1 || (!frenchFile && decimals == 3);
            plain = grouping ? text.replace(",", "") : text.replace(',', '.');
        } else if (text.chars().filter(c -> c == '.').count() > 1) {
            plain = text.replace(".", "");
        } else {
            plain = text;
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <T> @Nullable T single(@Nullable Set<T> values) {
        return values != null && values.size() == 1 ? values.iterator().next() : null;
    }

    private static ImportProblem problem(MatrixColumn column, String key, String value) {
        return new ImportProblem(column, null, key, quoted(value));
    }

    /** The value as a message quotes it: one line, at most 60 characters. */
    static String quoted(String value) {
        var line = value.replaceAll("\\s+", " ").strip();
        return line.length() <= QUOTE_MAX ? line : line.substring(0, QUOTE_MAX - 1) + "…";
    }
}
