package org.majlis.base.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's stylesheet has no unclosed rule. A missing "}" does not break the page: the browser reads every later
 * rule as nested inside the open one, so those styles silently stop applying (as the matrix and admin styles once
 * did). Only at-rules such as @media may hold rules.
 */
class StylesheetTest {

    private static final Path STYLESHEET = Path.of("frontend", "styles", "majlis.css");

    @Test
    void every_rule_is_closed_and_none_is_nested_in_another_rule() throws IOException {
        var css = Files.readString(STYLESHEET).replaceAll("(?s)/\\*.*?\\*/", "");
        var open = new ArrayList<String>();
        var problems = new ArrayList<String>();
        var selector = new StringBuilder();
        var line = 1;
        for (var i = 0; i < css.length(); i++) {
            var c = css.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (c == '{') {
                var name = selector.toString().strip();
                if (!open.isEmpty() && !open.getLast().startsWith("@")) {
                    problems.add("line " + line + ": '" + name + "' is nested in '" + open.getLast() + "'");
                }
                open.add(name);
                selector.setLength(0);
            } else if (c == '}') {
                if (open.isEmpty()) {
                    problems.add("line " + line + ": '}' closes nothing");
                } else {
                    open.removeLast();
                }
                selector.setLength(0);
            } else if (c == ';') {
                selector.setLength(0);
            } else {
                selector.append(c);
            }
        }
        assertThat(problems).as("rules nested by a missing '}'").isEmpty();
        assertThat(open).as("rules never closed").isEmpty();
    }
}
