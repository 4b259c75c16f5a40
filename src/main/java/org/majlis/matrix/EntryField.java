package org.majlis.matrix;

import org.jspecify.annotations.Nullable;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.base.merge.MergeField;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fields of an entry, one by one (each language of a text is its own field): what the difference between two
 * revisions lists, and what a merge takes from one side or the other.
 */
public enum EntryField implements MergeField<EntryData> {
    CODE(null),
    TITLE_EN(Language.EN), TITLE_FR(Language.FR), TITLE_AR(Language.AR),
    DESCRIPTION_EN(Language.EN), DESCRIPTION_FR(Language.FR), DESCRIPTION_AR(Language.AR),
    LEAD_UN(null), LEAD_OIC(null), PARTNERS(null), BENEFICIARIES(null),
    START_DATE(null), END_DATE(null),
    RESULTS_EN(Language.EN), RESULTS_FR(Language.FR), RESULTS_AR(Language.AR),
    INDICATORS_EN(Language.EN), INDICATORS_FR(Language.FR), INDICATORS_AR(Language.AR),
    SDGS(null), OIC_AREAS(null), BUDGET(null), CURRENCY(null);

    private final @Nullable Language language;

    EntryField(@Nullable Language language) {
        this.language = language;
    }

    /** The language of a text field (null for the others), so it can be shown in its own direction. */
    public @Nullable Language language() {
        return language;
    }

    public boolean isText() {
        return language != null;
    }

    /** The translation key of the field's label. */
    public String labelKey() {
        return "matrix.field." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The field's value in a content (a String, Long, LocalDate, BigDecimal or List). */
    @Override
    public @Nullable Object get(EntryData data) {
        return switch (this) {
            case CODE -> data.code();
            case TITLE_EN, TITLE_FR, TITLE_AR -> data.title().get(language);
            case DESCRIPTION_EN, DESCRIPTION_FR, DESCRIPTION_AR -> data.description().get(language);
            case LEAD_UN -> data.leadUnId();
            case LEAD_OIC -> data.leadOicId();
            case PARTNERS -> data.partnerIds();
            case BENEFICIARIES -> data.beneficiaries();
            case START_DATE -> data.startDate();
            case END_DATE -> data.endDate();
            case RESULTS_EN, RESULTS_FR, RESULTS_AR -> data.expectedResults().get(language);
            case INDICATORS_EN, INDICATORS_FR, INDICATORS_AR -> data.indicators().get(language);
            case SDGS -> data.sdgs();
            case OIC_AREAS -> data.oicAreaIds();
            case BUDGET -> data.budget();
            case CURRENCY -> data.currency();
        };
    }

    /** {@code target} with this field's value taken from {@code source}. */
    @Override
    public EntryData copy(EntryData target, EntryData source) {
        return set(target, get(source));
    }

    /** {@code target} with this field set to {@code value} (of the type {@link #get} returns). */
    @SuppressWarnings("unchecked")
    public EntryData set(EntryData t, @Nullable Object value) {
        return switch (this) {
            case CODE -> t.withCode((String) value);
            case TITLE_EN, TITLE_FR, TITLE_AR -> new EntryData(t.code(), with(t.title(), (String) value),
                    t.description(), t.leadUnId(), t.leadOicId(), t.partnerIds(), t.beneficiaries(), t.startDate(),
                    t.endDate(), t.expectedResults(), t.indicators(), t.sdgs(), t.oicAreaIds(), t.budget(),
                    t.currency());
            case DESCRIPTION_EN, DESCRIPTION_FR, DESCRIPTION_AR -> new EntryData(t.code(), t.title(),
                    with(t.description(), (String) value), t.leadUnId(), t.leadOicId(), t.partnerIds(),
                    t.beneficiaries(), t.startDate(), t.endDate(), t.expectedResults(), t.indicators(), t.sdgs(),
                    t.oicAreaIds(), t.budget(), t.currency());
            case LEAD_UN -> new EntryData(t.code(), t.title(), t.description(), (Long) value, t.leadOicId(),
                    t.partnerIds(), t.beneficiaries(), t.startDate(), t.endDate(), t.expectedResults(),
                    t.indicators(), t.sdgs(), t.oicAreaIds(), t.budget(), t.currency());
            case LEAD_OIC -> new EntryData(t.code(), t.title(), t.description(), t.leadUnId(), (Long) value,
                    t.partnerIds(), t.beneficiaries(), t.startDate(), t.endDate(), t.expectedResults(),
                    t.indicators(), t.sdgs(), t.oicAreaIds(), t.budget(), t.currency());
            case PARTNERS -> new EntryData(t.code(), t.title(), t.description(), t.leadUnId(), t.leadOicId(),
                    (List<Long>) value, t.beneficiaries(), t.startDate(), t.endDate(), t.expectedResults(),
                    t.indicators(), t.sdgs(), t.oicAreaIds(), t.budget(), t.currency());
            case BENEFICIARIES -> new EntryData(t.code(), t.title(), t.description(), t.leadUnId(), t.leadOicId(),
                    t.partnerIds(), (List<String>) value, t.startDate(), t.endDate(), t.expectedResults(),
                    t.indicators(), t.sdgs(), t.oicAreaIds(), t.budget(), t.currency());
            case START_DATE -> t.withTimeframe((LocalDate) value, t.endDate());
            case END_DATE -> t.withTimeframe(t.startDate(), (LocalDate) value);
            case RESULTS_EN, RESULTS_FR, RESULTS_AR -> new EntryData(t.code(), t.title(), t.description(),
                    t.leadUnId(), t.leadOicId(), t.partnerIds(), t.beneficiaries(), t.startDate(), t.endDate(),
                    with(t.expectedResults(), (String) value), t.indicators(), t.sdgs(), t.oicAreaIds(), t.budget(),
                    t.currency());
            case INDICATORS_EN, INDICATORS_FR, INDICATORS_AR -> new EntryData(t.code(), t.title(), t.description(),
                    t.leadUnId(), t.leadOicId(), t.partnerIds(), t.beneficiaries(), t.startDate(), t.endDate(),
                    t.expectedResults(), with(t.indicators(), (String) value), t.sdgs(), t.oicAreaIds(), t.budget(),
                    t.currency());
            case SDGS -> new EntryData(t.code(), t.title(), t.description(), t.leadUnId(), t.leadOicId(),
                    t.partnerIds(), t.beneficiaries(), t.startDate(), t.endDate(), t.expectedResults(),
                    t.indicators(), (List<Integer>) value, t.oicAreaIds(), t.budget(), t.currency());
            case OIC_AREAS -> new EntryData(t.code(), t.title(), t.description(), t.leadUnId(), t.leadOicId(),
                    t.partnerIds(), t.beneficiaries(), t.startDate(), t.endDate(), t.expectedResults(),
                    t.indicators(), t.sdgs(), (List<Long>) value, t.budget(), t.currency());
            case BUDGET -> new EntryData(t.code(), t.title(), t.description(), t.leadUnId(), t.leadOicId(),
                    t.partnerIds(), t.beneficiaries(), t.startDate(), t.endDate(), t.expectedResults(),
                    t.indicators(), t.sdgs(), t.oicAreaIds(), (BigDecimal) value, t.currency());
            case CURRENCY -> new EntryData(t.code(), t.title(), t.description(), t.leadUnId(), t.leadOicId(),
                    t.partnerIds(), t.beneficiaries(), t.startDate(), t.endDate(), t.expectedResults(),
                    t.indicators(), t.sdgs(), t.oicAreaIds(), t.budget(), (String) value);
        };
    }

    /** The fields whose values differ between two contents, in form order. */
    public static List<EntryField> changed(EntryData a, EntryData b) {
        var result = new ArrayList<EntryField>();
        for (var field : values()) {
            if (!Objects.equals(field.get(a), field.get(b))) {
                result.add(field);
            }
        }
        return result;
    }

    private LocalizedText with(LocalizedText text, @Nullable String value) {
        return switch (Objects.requireNonNull(language)) {
            case EN -> LocalizedText.of(value, text.fr(), text.ar());
            case FR -> LocalizedText.of(text.en(), value, text.ar());
            case AR -> LocalizedText.of(text.en(), text.fr(), value);
        };
    }
}
