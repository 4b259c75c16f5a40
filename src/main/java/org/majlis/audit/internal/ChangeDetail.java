package org.majlis.audit.internal;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.jspecify.annotations.Nullable;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The short detail of an entry: which fields changed, old → new when both are small, never a long text in full
 * (its length instead), never a secret (a password or token hash: "(changed)"). Kept to what a reader of the trail
 * needs to answer "what did they change", within the column's 1,000 characters.
 */
final class ChangeDetail {

    /** Longer texts are given by length only. */
    static final int SMALL = 60;
    private static final String NONE = "∅";

    private ChangeDetail() {
    }

    static boolean leftOut(String property, Set<String> alsoLeftOut) {
        return RecordCatalogue.ALWAYS_LEFT_OUT.contains(property) || alsoLeftOut.contains(property);
    }

    /** "name=value, …" of the fields set on an insert or held at a delete. */
    static String values(SharedSessionContractImplementor session, String[] names, Object[] state,
                         Set<String> alsoLeftOut) {
        var parts = new ArrayList<String>();
        for (var i = 0; i < names.length; i++) {
            if (leftOut(names[i], alsoLeftOut) || state[i] == null || state[i] instanceof Collection<?>
                    || state[i] instanceof Map<?, ?>) {
                continue;
            }
            if (RecordCatalogue.SECRET.contains(names[i])) {
                parts.add(names[i] + "=(set)");
                continue;
            }
            var shown = shown(session, state[i]);
            if (!shown.isEmpty()) {
                parts.add(names[i] + "=" + shown);
            }
        }
        return TransactionEntries.clip(String.join(", ", parts), 1000);
    }

    /** "field: old → new, …" of the fields an update changed. */
    static String changes(SharedSessionContractImplementor session, String[] names, Object @Nullable [] old,
                          Object[] state, List<Integer> changed) {
        var parts = new ArrayList<String>();
        for (var index : changed) {
            var name = names[index];
            var before = old == null ? null : old[index];
            var after = state[index];
            if (RecordCatalogue.SECRET.contains(name)) {
                parts.add(name + ": (changed)");
            } else if (after instanceof LocalizedText || before instanceof LocalizedText) {
                parts.add(localized(name, (LocalizedText) before, (LocalizedText) after));
            } else if (after instanceof Collection<?> || after instanceof Map<?, ?>) {
                parts.add(name + ": (changed)");
            } else {
                parts.add(name + ": " + orNone(shown(session, before)) + " → " + orNone(shown(session, after)));
            }
        }
        return TransactionEntries.clip(String.join(", ", parts), 1000);
    }

    /** A text in three languages: each language that changed, old → new, or its length when long. */
    private static String localized(String name, @Nullable LocalizedText before, @Nullable LocalizedText after) {
        var parts = new ArrayList<String>();
        for (var language : Language.values()) {
            var old = before == null ? null : before.get(language);
            var now = after == null ? null : after.get(language);
            if (!Objects.equals(old, now)) {
                parts.add(name + "." + language.code() + ": " + orNone(text(old)) + " → " + orNone(text(now)));
            }
        }
        return parts.isEmpty() ? name + ": (changed)" : String.join(", ", parts);
    }

    private static String shown(SharedSessionContractImplementor session, @Nullable Object value) {
        return switch (value) {
            case null -> "";
            case String text -> text(text);
            case Number number -> number.toString();
            case Boolean flag -> flag.toString();
            case Enum<?> constant -> constant.name();
            case Temporal time -> time.toString();
            case LocalizedText text -> text.en() != null ? text(text.en()) : text.ar() != null ? text(text.ar())
                    : text(text.fr());
            case byte[] bytes -> "(" + bytes.length + " bytes)";
            default -> {
                var id = EntityChangeListener.targetId(session, value);
                yield id != null ? "#" + id : "(set)";
            }
        };
    }

    private static String text(@Nullable String value) {
        if (value == null) {
            return "";
        }
        var line = value.strip().replaceAll("\\s+", " ");
        return line.length() <= SMALL ? "\"" + line + "\"" : "(" + value.length() + " characters)";
    }

    private static String orNone(String shown) {
        return shown.isEmpty() ? NONE : shown;
    }
}
