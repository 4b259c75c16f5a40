package org.majlis.api.internal;

import org.jspecify.annotations.Nullable;
import org.majlis.matrix.EntryStatus;
import org.majlis.meetings.OrganisationFamily;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the API's query parameters and collects every bad one (answered together as one 400 problem, with each
 * parameter and why), and cuts lists into pages with links to the others.
 */
final class ApiQueries {

    static final int DEFAULT_PAGE_SIZE = 50;

    private final Map<String, String> errors = new LinkedHashMap<>();
    private final int maxPageSize;

    ApiQueries(int maxPageSize) {
        this.maxPageSize = maxPageSize;
    }

    @Nullable Long id(String name, @Nullable String value) {
        return parse(name, value, v -> {
            var id = Long.parseLong(v);
            if (id < 1) {
                throw new IllegalArgumentException();
            }
            return id;
        }, "a positive whole number");
    }

    @Nullable Integer sdg(String name, @Nullable String value) {
        return parse(name, value, v -> {
            var sdg = Integer.parseInt(v);
            if (sdg < 1 || sdg > 17) {
                throw new IllegalArgumentException();
            }
            return sdg;
        }, "an SDG number from 1 to 17");
    }

    @Nullable EntryStatus status(String name, @Nullable String value) {
        return parse(name, value, v -> EntryStatus.valueOf(v.toUpperCase(Locale.ROOT)),
                "one of " + names(EntryStatus.values()));
    }

    @Nullable OrganisationFamily family(String name, @Nullable String value) {
        return parse(name, value, v -> OrganisationFamily.valueOf(v.toUpperCase(Locale.ROOT)),
                "one of " + names(OrganisationFamily.values()));
    }

    /** An instant ({@code 2024-07-22T09:30:00Z}) or a date ({@code 2024-07-22}: its start, UTC). */
    @Nullable Instant since(String name, @Nullable String value) {
        return parse(name, value, v -> {
            try {
                return Instant.parse(v);
            } catch (DateTimeParseException notAnInstant) {
                return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
        }, "an ISO 8601 instant (2024-07-22T09:30:00Z) or date (2024-07-22)");
    }

    int page(@Nullable String value) {
        var page = parse("page", value, v -> {
            var number = Integer.parseInt(v);
            if (number < 0) {
                throw new IllegalArgumentException();
            }
            return number;
        }, "a whole number, 0 or more (the first page is 0)");
        return page == null ? 0 : page;
    }

    int size(@Nullable String value) {
        var size = parse("size", value, v -> {
            var number = Integer.parseInt(v);
            if (number < 1 || number > maxPageSize) {
                throw new IllegalArgumentException();
            }
            return number;
        }, "a whole number from 1 to " + maxPageSize);
        return size == null ? Math.min(DEFAULT_PAGE_SIZE, maxPageSize) : size;
    }

    /** Throws the 400 problem when any parameter was bad. */
    void check() {
        if (!errors.isEmpty()) {
            throw new ApiBadRequestException(errors);
        }
    }

    /** One page of the list, with links to the first, last, previous and next pages (same filters). */
    static <T> ApiModels.Page<T> page(List<T> all, int page, int size) {
        var total = all.size();
        var totalPages = Math.max(1, (total + size - 1) / size);
        var from = (int) Math.min((long) page * size, total);
        var items = all.subList(from, Math.min(from + size, total));
        var links = new LinkedHashMap<String, String>();
        links.put("self", link(page, size));
        links.put("first", link(0, size));
        links.put("last", link(totalPages - 1, size));
        if (page > 0) {
            links.put("prev", link(Math.min(page - 1, totalPages - 1), size));
        }
        if (page + 1 < totalPages) {
            links.put("next", link(page + 1, size));
        }
        return new ApiModels.Page<>(List.copyOf(items), page, size, total, totalPages, links);
    }

    private static String link(int page, int size) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page)
                .replaceQueryParam("size", size).build().toUriString();
    }

    private <T> @Nullable T parse(String name, @Nullable String value, Function<String, T> parser, String expected) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (RuntimeException bad) {
            errors.put(name, "must be " + expected);
            return null;
        }
    }

    private static String names(Enum<?>[] values) {
        return String.join(", ", Arrays.stream(values).map(Enum::name).toList());
    }
}
