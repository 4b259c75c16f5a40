package org.majlis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A Java source file read for the source-level checks (translations, literal UI text, Lombok): its text with the
 * comments blanked out (line numbers kept), so that examples in Javadoc are never taken for code.
 */
record JavaSource(Path path, String code) {

    /** One string literal of the code: its value as written between the quotes, and where it starts. */
    record Literal(String value, int offset) {
    }

    static JavaSource read(Path path) {
        try {
            return new JavaSource(path, withoutComments(Files.readString(path, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JavaSource of(String name, String text) {
        return new JavaSource(Path.of(name), withoutComments(text));
    }

    /** Every {@code .java} file below a folder (none when the folder does not exist). */
    static List<JavaSource> under(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.toString().endsWith(".java")).sorted().map(JavaSource::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 1-based line of an offset in the code. */
    int lineOf(int offset) {
        var line = 1;
        for (var i = 0; i < offset && i < code.length(); i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** "path:line", as a failure message names a place. */
    String at(int offset) {
        return path + ":" + lineOf(offset);
    }

    /** The string literals of the code (text blocks excluded), in order. */
    List<Literal> literals() {
        var result = new ArrayList<Literal>();
        var i = 0;
        while (i < code.length()) {
            var c = code.charAt(i);
            if (c == '\'') {
                i = skipQuoted(code, i, '\'');
            } else if (code.startsWith("\"\"\"", i)) {
                var end = code.indexOf("\"\"\"", i + 3);
                i = end < 0 ? code.length() : end + 3;
            } else if (c == '"') {
                var end = skipQuoted(code, i, '"');
                result.add(new Literal(code.substring(i + 1, end - 1), i));
                i = end;
            } else {
                i++;
            }
        }
        return result;
    }

    /**
     * The source with every comment replaced by spaces (newlines kept), strings and characters untouched.
     */
    static String withoutComments(String source) {
        var out = new StringBuilder(source);
        var i = 0;
        while (i < source.length()) {
            var c = source.charAt(i);
            if (source.startsWith("\"\"\"", i)) {
                var end = source.indexOf("\"\"\"", i + 3);
                i = end < 0 ? source.length() : end + 3;
            } else if (c == '"' || c == '\'') {
                i = skipQuoted(source, i, c);
            } else if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    out.setCharAt(i++, ' ');
                }
            } else if (source.startsWith("/*", i)) {
                var end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                for (; i < end; i++) {
                    if (source.charAt(i) != '\n') {
                        out.setCharAt(i, ' ');
                    }
                }
            } else {
                i++;
            }
        }
        return out.toString();
    }

    /** The index just after the closing quote of the literal that starts at {@code start}. */
    private static int skipQuoted(String text, int start, char quote) {
        var i = start + 1;
        while (i < text.length()) {
            var c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote || c == '\n') {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
    }
}
