package org.majlis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text for users written as a literal in a view, where it cannot be translated: string literals passed to
 * the constructors and setters that put text on the screen ({@code new Span("…")}, {@code setLabel("…")},
 * {@code Notification.show("…")}, {@code addColumn(…).setHeader("…")}, {@code @PageTitle("…")} …).
 * <p>
 * Allowed: empty strings and literals without a letter (separators such as {@code " · "}); for the ambiguous
 * {@code x.add("…")}, also CSS-like names ({@code getThemeList().add("badge success")}). Ids, class names and
 * attributes other than {@code title}, {@code aria-label}, {@code placeholder}, {@code alt} and {@code label} are
 * not looked at.
 */
final class LiteralUiText {

    private static final String LITERAL = "\"((?:[^\"\\\\\\n]|\\\\.)*)\"";

    private static final String TEXT_COMPONENTS = "Span|Paragraph|H[1-6]|Div|Button|Text|NativeLabel|Label|ListItem"
            + "|Tab|Checkbox|CheckboxGroup|RadioButtonGroup|TextField|TextArea|EmailField|PasswordField"
            + "|IntegerField|NumberField|BigDecimalField|DatePicker|TimePicker|DateTimePicker|ComboBox"
            + "|MultiSelectComboBox|Select|Details|RouterLink|SideNavItem|Notification|ConfirmDialog|Emphasis"
            + "|Strong|Pre|Code|Blockquote|Legend|Header|Footer|Nav|Section|Article";

    private static final String TEXT_SETTERS = "setText|setLabel|setPlaceholder|setHelperText|setErrorMessage"
            + "|setHeader|setFooter|setHeaderText|setFooterText|setHeaderTitle|setTitle|setSubtitle|setTooltipText"
            + "|setAriaLabel|setSummaryText|setConfirmText|setCancelText|setRejectText|setEmptyStateText|setSubmit"
            + "|setUsername|setPassword|setMessage|setDescription|setAdditionalInformation|setToday|setCancel"
            + "|setDropLabel|setAltText";

    /** Calls whose first argument is text for users. */
    private static final Pattern TEXT_FIRST = Pattern.compile("(?:\\bnew\\s+(?:" + TEXT_COMPONENTS
            + ")\\s*(?:<[^>()]*>)?\\s*\\(|\\.(?:" + TEXT_SETTERS + ")\\s*\\(|\\bNotification\\.show\\s*\\("
            + "|@PageTitle\\s*\\(|(?<![\\w.])add\\s*\\()\\s*" + LITERAL);

    /** {@code new Anchor(href, "text")}: the second argument is the text. */
    private static final Pattern ANCHOR_TEXT = Pattern.compile("\\bnew\\s+Anchor\\s*\\(\\s*[^,()]*,\\s*" + LITERAL);

    /** Attributes and properties that hold text for users. */
    private static final Pattern TEXT_ATTRIBUTE = Pattern.compile(
            "\\.set(?:Attribute|Property)\\s*\\(\\s*\"(?:title|aria-label|placeholder|alt|label)\"\\s*,\\s*" + LITERAL);

    /** {@code something.add("…")}: a tab's label ({@code tabs.add("People", …)}) or a theme/class name. */
    private static final Pattern QUALIFIED_ADD = Pattern.compile("\\.add\\s*\\(\\s*" + LITERAL);

    private static final Pattern CSS_LIKE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?: [a-z0-9]+(?:-[a-z0-9]+)*)*");

    private LiteralUiText() {
    }

    /** "path:line: "literal"" for every literal UI text of the source, in order. */
    static List<String> in(JavaSource source) {
        var found = new ArrayList<Found>();
        collect(source, TEXT_FIRST.matcher(source.code()), false, found);
        collect(source, ANCHOR_TEXT.matcher(source.code()), false, found);
        collect(source, TEXT_ATTRIBUTE.matcher(source.code()), false, found);
        collect(source, QUALIFIED_ADD.matcher(source.code()), true, found);
        return found.stream()
                .sorted(Comparator.comparingInt(Found::offset))
                .map(f -> source.at(f.offset()) + ": \"" + f.text() + "\"")
                .distinct()
                .toList();
    }

    private static void collect(JavaSource source, Matcher matcher, boolean cssNamesAllowed, List<Found> found) {
        while (matcher.find()) {
            var text = matcher.group(1);
            var hasLetter = text.codePoints().anyMatch(Character::isLetter);
            if (!hasLetter || (cssNamesAllowed && CSS_LIKE.matcher(text).matches())) {
                continue;
            }
            found.add(new Found(matcher.start(1), text));
        }
    }

    private record Found(int offset, String text) {
    }
}
