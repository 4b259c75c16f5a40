package org.majlis;

import org.junit.jupiter.api.Test;
import com.ibm.icu.text.MessageFormat;
import org.majlis.base.Language;
import org.majlis.meetings.RoomRole;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The translation files (English, French, Arabic) stay complete and consistent, every key the code names exists,
 * and views hold no literal UI text. Plain JUnit over the files in {@code src/}.
 */
class TranslationsTest {

    private static final Path TRANSLATIONS = Path.of("src/main/resources/vaadin-i18n");
    private static final Path MAIN_JAVA = Path.of("src/main/java");
    private static final List<String> LANGUAGES = List.of("en", "fr", "ar");

    /** A MessageFormat argument: {0}, {1,number}, {0,date,long} … */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(?:,[^}]*)?}");
    /** A literal that reads like a translation key: dotted, lower-case segments (a trailing dot for prefixes). */
    private static final Pattern KEY_LIKE = Pattern.compile("[a-z][a-z0-9-]*(?:\\.[A-Za-z0-9_-]+)*\\.?");
    /** Values that are the same in every language: the language names are written in their own language. */
    private static final Set<String> NOT_TRANSLATED_ON_PURPOSE = Set.of("language.en", "language.fr");

    private final Map<String, Properties> files = new LinkedHashMap<>();

    TranslationsTest() throws IOException {
        for (var language : LANGUAGES) {
            var properties = new Properties();
            properties.load(new StringReader(Files.readString(file(language), StandardCharsets.UTF_8)));
            files.put(language, properties);
        }
    }

    @Test
    void english_french_and_arabic_have_exactly_the_same_keys() {
        var english = keys("en");
        for (var language : List.of("fr", "ar")) {
            var other = keys(language);
            assertThat(difference(english, other)).as("keys missing in translations_%s", language).isEmpty();
            assertThat(difference(other, english)).as("keys in translations_%s but not in English", language)
                    .isEmpty();
        }
        assertThat(english).as("translation keys").hasSizeGreaterThan(50);
    }

    @Test
    void no_key_is_defined_twice_in_a_file() throws IOException {
        // The files are merged by union in git: two branches adding the same key would leave both lines.
        for (var language : LANGUAGES) {
            var seen = new TreeSet<String>();
            var duplicates = new ArrayList<String>();
            var lines = Files.readAllLines(file(language), StandardCharsets.UTF_8);
            var continued = false;
            for (var i = 0; i < lines.size(); i++) {
                var line = lines.get(i).strip();
                var isContinuation = continued;
                continued = endsWithOddBackslashes(line);
                if (isContinuation || line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                    continue;
                }
                var key = line.split("\\s*[=:]", 2)[0].strip();
                if (!seen.add(key)) {
                    duplicates.add("translations_" + language + ".properties:" + (i + 1) + ": " + key);
                }
            }
            assertThat(duplicates).as("keys defined twice").isEmpty();
        }
    }

    @Test
    void no_translation_is_empty() {
        for (var language : LANGUAGES) {
            var empty = keys(language).stream().filter(key -> value(language, key).isBlank()).toList();
            assertThat(empty).as("empty values in translations_%s", language).isEmpty();
        }
    }

    @Test
    void every_language_uses_the_same_message_format_arguments() {
        var mismatches = new ArrayList<String>();
        for (var key : keys("en")) {
            var english = placeholders(value("en", key));
            for (var language : List.of("fr", "ar")) {
                if (files.get(language).containsKey(key) && !placeholders(value(language, key)).equals(english)) {
                    mismatches.add(key + ": en " + english + " but " + language + " "
                            + placeholders(value(language, key)));
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void apostrophes_survive_message_format() {
        // A value with arguments goes through (ICU's) MessageFormat, which may eat a single quote (and the text after
        // it): it must be written ''. A value without arguments is shown as written, so '' would show twice.
        var problems = new ArrayList<String>();
        for (var language : LANGUAGES) {
            for (var key : keys(language)) {
                var value = value(language, key);
                if (PLACEHOLDER.matcher(value).find()) {
                    if (value.replace("''", "").contains("'")) {
                        problems.add(language + " " + key + ": single ' in a value with arguments; write ''");
                    }
                    try {
                        new MessageFormat(value, Locale.forLanguageTag(language));
                    } catch (IllegalArgumentException e) {
                        problems.add(language + " " + key + ": " + e.getMessage());
                    }
                } else if (value.contains("''")) {
                    problems.add(language + " " + key + ": '' in a value without arguments shows both quotes");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void arabic_translations_are_written_in_arabic() {
        var latinOnly = keys("ar").stream()
                .filter(key -> !NOT_TRANSLATED_ON_PURPOSE.contains(key))
                .filter(key -> {
                    var text = PLACEHOLDER.matcher(value("ar", key)).replaceAll("");
                    return text.codePoints().anyMatch(Character::isLetter)
                            && text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c)
                            == Character.UnicodeScript.ARABIC);
                })
                .toList();
        assertThat(latinOnly).as("Arabic values without a single Arabic letter (copied, not translated?)")
                .isEmpty();
    }

    @Test
    void the_files_are_valid_utf8() throws IOException {
        for (var language : LANGUAGES) {
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                decoder.decode(ByteBuffer.wrap(Files.readAllBytes(file(language))));
            } catch (CharacterCodingException e) {
                throw new AssertionError("translations_" + language + ".properties is not UTF-8", e);
            }
        }
    }

    @Test
    void every_translation_key_named_in_the_code_exists() {
        var english = keys("en");
        var prefixes = english.stream().map(key -> key.substring(0, key.indexOf('.') + 1))
                .collect(Collectors.toSet());
        var missing = new ArrayList<String>();
        var checked = 0;
        for (var source : JavaSource.under(MAIN_JAVA)) {
            for (var literal : source.literals()) {
                var text = literal.value();
                if (!text.contains(".") || !KEY_LIKE.matcher(text).matches()
                        || prefixes.stream().noneMatch(text::startsWith)) {
                    continue;
                }
                checked++;
                var found = text.endsWith(".") ? english.stream().anyMatch(key -> key.startsWith(text))
                        : english.contains(text);
                if (!found) {
                    missing.add(source.at(literal.offset()) + ": \"" + text + "\"");
                }
            }
        }
        assertThat(missing).as("translation keys used in src/main/java but not in translations_en").isEmpty();
        assertThat(checked).as("key literals found in the code").isGreaterThan(50);
    }

    @Test
    void every_room_role_and_language_has_a_label() {
        var english = keys("en");
        for (var role : RoomRole.values()) {
            assertThat(english).contains("role." + role.name(), "role.plural." + role.name());
        }
        for (var language : Language.values()) {
            assertThat(english).contains("language." + language.code());
        }
    }

    @Test
    void views_hold_no_literal_ui_text() {
        var views = JavaSource.under(MAIN_JAVA).stream()
                .filter(source -> source.path().toString().contains("/ui/"))
                .toList();
        assertThat(views).as("view sources scanned").isNotEmpty();
        var found = views.stream().flatMap(source -> LiteralUiText.in(source).stream()).toList();
        assertThat(found).as("literal UI text in views; use getTranslation(\"key\") instead").isEmpty();
    }

    @Test
    void the_literal_text_check_finds_ui_text_and_leaves_other_literals_alone() {
        var sample = JavaSource.of("Sample.java", """
                class Sample extends VerticalLayout {
                    Sample(Grid<Row> grid, TabSheet tabs) {
                        add(new Span("Welcome"));
                        var save = new Button("Save", click -> save());
                        grid.addColumn(Row::name).setHeader("Name");
                        Notification.show("Saved");
                        search.setPlaceholder(
                                "Search…");
                        add("Plain text");
                        tabs.add("People", people);
                        add(new Anchor("", "Back home"));
                        getElement().setAttribute("title", "Secretariat");
                        details.setSummaryText("More");
                        new Span(getTranslation("home.title"));
                        new Span("");
                        new Span(" · ");
                        status.getElement().getThemeList().add("badge success");
                        addClassName("room-card");
                        setId("room-title");
                        getElement().setAttribute("dir", "ltr");
                        /* new Span("In a block comment") */
                        // field.setLabel("In a line comment")
                        new Anchor("https://example.org", getTranslation("home.link"));
                        log.info("Not for users {}", value);
                        var key = "room.can.chair";
                    }
                }
                """);
        assertThat(LiteralUiText.in(sample)).extracting(found -> found.substring(0, found.indexOf(' ')))
                .containsExactly("Sample.java:3:", "Sample.java:4:", "Sample.java:5:", "Sample.java:6:",
                        "Sample.java:8:", "Sample.java:9:", "Sample.java:10:", "Sample.java:11:",
                        "Sample.java:12:", "Sample.java:13:");
    }

    private Set<String> keys(String language) {
        return new TreeSet<>(files.get(language).stringPropertyNames());
    }

    private String value(String language, String key) {
        return files.get(language).getProperty(key);
    }

    private static Path file(String language) {
        return TRANSLATIONS.resolve("translations_" + language + ".properties");
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        var result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Set<String> placeholders(String value) {
        return PLACEHOLDER.matcher(value).results().map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean endsWithOddBackslashes(String line) {
        var count = 0;
        for (var i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }
}
