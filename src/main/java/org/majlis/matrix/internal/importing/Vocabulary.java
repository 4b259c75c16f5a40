package org.majlis.matrix.internal.importing;

import org.jspecify.annotations.Nullable;
import org.majlis.base.Language;
import org.majlis.matrix.EntryStatus;
import org.majlis.matrix.MatrixColumn;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Everything an imported cell is matched against, keyed by {@link Names#key}: column headers and the statuses in
 * the three languages, the marks the exports put before a missing translation, organisations, member states, SDGs,
 * OIC-2025 areas and the edition's rooms by code, acronym or name in any language. Built once per import by the
 * service; reading it is pure.
 */
public final class Vocabulary {

    /** A header: its column, and the language of the texts below it ({@code explicit} when the header names it). */
    public record Header(MatrixColumn column, Language language, boolean explicit) {
    }

    final Map<String, Header> headers = new HashMap<>();
    final Map<String, EntryStatus> statuses = new HashMap<>();
    /** Per document language: the mark before a text in each other language. */
    final Map<Language, Map<Language, String>> marks = new EnumMap<>(Language.class);
    final Map<String, Set<Long>> organisations = new HashMap<>();
    final Map<String, Set<String>> memberStates = new HashMap<>();
    final Map<String, Integer> sdgs = new HashMap<>();
    final Map<String, Long> areas = new HashMap<>();
    final Map<String, Set<Long>> rooms = new HashMap<>();

    public void header(String label, MatrixColumn column, Language language, boolean explicit) {
        headers.putIfAbsent(Names.key(label), new Header(column, language, explicit));
    }

    public void status(String label, EntryStatus status) {
        statuses.putIfAbsent(Names.key(label), status);
    }

    public void mark(Language documentLanguage, Language textLanguage, String mark) {
        marks.computeIfAbsent(documentLanguage, l -> new EnumMap<>(Language.class)).put(textLanguage, mark.strip());
    }

    public void organisation(@Nullable String name, long id) {
        add(organisations, name, id);
    }

    public void memberState(@Nullable String name, String countryCode) {
        add(memberStates, name, countryCode);
    }

    public void sdg(@Nullable String name, int number) {
        if (name != null && !name.isBlank()) {
            sdgs.putIfAbsent(Names.key(name), number);
        }
    }

    public void area(@Nullable String name, long id) {
        if (name != null && !name.isBlank()) {
            areas.putIfAbsent(Names.key(name), id);
        }
    }

    public void room(@Nullable String name, long id) {
        add(rooms, name, id);
    }

    private static <T> void add(Map<String, Set<T>> map, @Nullable String name, T value) {
        if (name == null || name.isBlank()) {
            return;
        }
        map.merge(Names.key(name), Set.of(value), (a, b) -> {
            var both = new HashSet<>(a);
            both.addAll(b);
            return Set.copyOf(both);
        });
    }
}
