package org.majlis.matrix.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.jspecify.annotations.Nullable;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.base.ui.Bidi;
import org.majlis.base.ui.Formats;
import org.majlis.matrix.EntryData;
import org.majlis.matrix.EntryField;
import org.majlis.matrix.MatrixReferenceService;
import org.majlis.matrix.OicArea;
import org.majlis.matrix.SdgGoal;
import org.majlis.meetings.OrganisationFamily;
import org.majlis.meetings.OrganisationService;
import org.majlis.meetings.OrganisationSummary;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Names for what entries refer to by id (organisations, SDGs, OIC-2025 areas, states), in the reader's language. */
final class MatrixLabels {

    private final Locale locale;
    private final Map<Long, OrganisationSummary> organisations;
    private final Map<Integer, SdgGoal> sdgs;
    private final Map<Long, OicArea> areas;
    private final List<String> currencies;

    MatrixLabels(MatrixReferenceService reference, Locale locale) {
        this.locale = locale;
        this.organisations = reference.organisations().stream()
                .collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
        this.sdgs = reference.sdgs().stream().collect(Collectors.toMap(SdgGoal::number, Function.identity()));
        this.areas = reference.oicAreas().stream().collect(Collectors.toMap(OicArea::id, Function.identity()));
        this.currencies = reference.currencies();
    }

    Locale locale() {
        return locale;
    }

    List<OrganisationSummary> organisations(OrganisationFamily... families) {
        var wanted = List.of(families);
        return organisations.values().stream().filter(o -> wanted.contains(o.family()))
                .sorted(Comparator.comparing(o -> o.shortName(locale), String.CASE_INSENSITIVE_ORDER)).toList();
    }

    List<String> memberStates() {
        return organisations(OrganisationFamily.MEMBER_STATE).stream().map(OrganisationSummary::countryCode)
                .sorted(Comparator.comparing(this::state)).toList();
    }

    List<SdgGoal> sdgs() {
        return sdgs.values().stream().sorted(Comparator.comparingInt(SdgGoal::number)).toList();
    }

    List<OicArea> activeAreas() {
        return areas.values().stream().filter(OicArea::active).sorted(Comparator.comparingInt(OicArea::position))
                .toList();
    }

    /** The areas a form offers: those in use and the retired ones among {@code named}, in the Programme's order. */
    List<OicArea> areasOffered(Collection<Long> named) {
        return areas.values().stream().filter(a -> a.active() || named.contains(a.id()))
                .sorted(Comparator.comparingInt(OicArea::position)).toList();
    }

    List<String> currencies() {
        return currencies;
    }

    String org(@Nullable Long id) {
        var org = id == null ? null : organisations.get(id);
        return org == null ? "" : org.shortName(locale);
    }

    String orgs(Collection<Long> ids) {
        return ids.stream().map(this::org).map(Bidi::isolate).collect(Collectors.joining(", "));
    }

    String state(String code) {
        return OrganisationService.countryName(code, locale);
    }

    String sdg(int number) {
        var goal = sdgs.get(number);
        return goal == null ? String.valueOf(number) : number + " · " + goal.name().in(locale);
    }

    String area(long id) {
        var area = areas.get(id);
        return area == null ? "" : area.code() + " · " + area.name().in(locale);
    }

    String date(@Nullable LocalDate date) {
        return date == null ? "" : Formats.date(date, locale);
    }

    /** A field's value as text, for the difference view and the conflict dialog. */
    String value(EntryField field, EntryData data) {
        var value = field.get(data);
        if (value == null) {
            return "";
        }
        return switch (field) {
            case LEAD_UN, LEAD_OIC -> org((Long) value);
            case PARTNERS -> orgs(data.partnerIds());
            case BENEFICIARIES -> data.beneficiaries().stream().map(this::state).collect(Collectors.joining(", "));
            case START_DATE, END_DATE -> date((LocalDate) value);
            case SDGS -> data.sdgs().stream().map(this::sdg).collect(Collectors.joining("; "));
            case OIC_AREAS -> data.oicAreaIds().stream().map(this::area).collect(Collectors.joining("; "));
            case BUDGET -> NumberFormat.getNumberInstance(locale).format(value);
            default -> value.toString();
        };
    }

    /** A field's value as a component, in its own direction when it is a text in one language. */
    Component valueComponent(EntryField field, EntryData data) {
        var span = new Span(value(field, data));
        if (field.language() != null) {
            direction(span, field.language());
        }
        return span;
    }

    /**
     * A grid cell with text people wrote, rendered in the browser: in the reader's language when it exists (else
     * another, in that language's direction), followed by the languages it is missing.
     */
    <T> LitRenderer<T> textRenderer(Function<T, LocalizedText> text, Component context) {
        return LitRenderer.<T>of("<span lang=\"${item.lang}\" dir=\"${item.dir}\">${item.text}</span>"
                        + " <span class=\"missing-languages\">${item.missing}</span>")
                .withProperty("text", item -> text.apply(item).in(locale))
                .withProperty("lang", item -> text.apply(item).languageShownFor(locale).code())
                .withProperty("dir", item -> text.apply(item).languageShownFor(locale).isRightToLeft() ? "rtl" : "ltr")
                .withProperty("missing", item -> missing(text.apply(item), context));
    }

    /** "Missing: العربية, Français", or empty when the text is written in every language (or in none). */
    String missing(LocalizedText text, Component context) {
        if (text.isEmpty() || text.missingLanguages().isEmpty()) {
            return "";
        }
        return context.getTranslation("matrix.missing-languages", text.missingLanguages().stream()
                .map(l -> context.getTranslation("language." + l.code())).collect(Collectors.joining(", ")));
    }

    static void direction(Component component, Language language) {
        component.getElement().setAttribute("lang", language.code());
        component.getElement().setAttribute("dir", language.isRightToLeft() ? "rtl" : "ltr");
    }
}
