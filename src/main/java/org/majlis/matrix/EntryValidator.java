package org.majlis.matrix;

import org.jspecify.annotations.Nullable;
import org.majlis.base.FieldError;
import org.majlis.base.InvalidInputException;
import org.majlis.base.Validation;
import org.majlis.matrix.internal.MatrixEntry;
import org.majlis.matrix.internal.OicAreaEntity;
import org.majlis.matrix.internal.SdgGoalEntity;
import org.majlis.matrix.internal.MatrixEntryRepository;
import org.majlis.matrix.internal.OicAreaRepository;
import org.majlis.matrix.internal.SdgGoalRepository;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.OrganisationFamily;
import org.majlis.meetings.OrganisationService;
import org.majlis.meetings.OrganisationSummary;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The rules an entry's content must follow before anything is saved; every problem is reported at once. */
@Component
class EntryValidator {

    /** Two to five capital letters, a hyphen and two or three digits: ECO-07, POL-12, CSH-101. */
    static final Pattern CODE = Pattern.compile("^[A-Z]{2,5}-[0-9]{2,3}$");
    static final int TITLE_MAX = 300;
    static final int TEXT_MAX = 5000;
    private static final BigDecimal BUDGET_MAX = new BigDecimal("9999999999999");
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private final MatrixEntryRepository entries;
    private final SdgGoalRepository sdgs;
    private final OicAreaRepository areas;
    private final OrganisationService organisations;
    private final EditionService editions;

    EntryValidator(MatrixEntryRepository entries, SdgGoalRepository sdgs, OicAreaRepository areas,
                   OrganisationService organisations, EditionService editions) {
        this.entries = entries;
        this.sdgs = sdgs;
        this.areas = areas;
        this.organisations = organisations;
        this.editions = editions;
    }

    /**
     * The reference data a check needs, loaded once: an import checks thousands of entries with the same lookups.
     *
     * @param codeOwner the entry of the edition holding a code, if any
     */
    record Lookups(long editionId, Map<Long, OrganisationSummary> organisations, Set<String> memberStates,
                   Set<Integer> sdgs, Map<Long, OicArea> areas, LocalDate periodStart, LocalDate periodEnd,
                   Function<String, Optional<Long>> codeOwner) {
    }

    /** The lookups for entries of an edition, codes looked up in the database one by one. */
    Lookups lookups(long editionId) {
        return lookups(editionId, code -> entries.findByEditionAndCode(editionId, code).map(MatrixEntry::getId));
    }

    Lookups lookups(long editionId, Function<String, Optional<Long>> codeOwner) {
        var byId = organisations.list().stream()
                .collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
        var states = byId.values().stream()
                .filter(o -> o.family() == OrganisationFamily.MEMBER_STATE && o.countryCode() != null)
                .map(OrganisationSummary::countryCode)
                .collect(Collectors.toUnmodifiableSet());
        var goals = sdgs.findAll().stream().map(SdgGoalEntity::getNumber).collect(Collectors.toUnmodifiableSet());
        var areaMap = areas.findAll().stream().map(OicAreaEntity::toRecord)
                .collect(Collectors.toMap(OicArea::id, Function.identity()));
        var edition = editions.get(editionId);
        return new Lookups(editionId, byId, states, goals, areaMap, edition.startDate(),
                edition.startDate().plusYears(2), codeOwner);
    }

    /**
     * Checks a content for an entry of an edition ({@code selfId} null for a new entry); when {@code ownOrganisation}
     * is given (a delegate's proposal), that organisation must be a lead or a partner.
     */
    void validate(EntryData data, long editionId, @Nullable Long selfId, @Nullable Long ownOrganisation) {
        validate(data, lookups(editionId), selfId, ownOrganisation);
    }

    void validate(EntryData data, Lookups lookups, @Nullable Long selfId, @Nullable Long ownOrganisation) {
        var problems = problems(data, lookups, selfId, ownOrganisation);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Every problem of the content, none when it may be saved. */
    List<FieldError> problems(EntryData data, Lookups lookups, @Nullable Long selfId,
                              @Nullable Long ownOrganisation) {
        var v = new Validation()
                .required("code", data.code())
                .localized("title", data.title(), TITLE_MAX, true)
                .localized("description", data.description(), TEXT_MAX, false)
                .localized("expectedResults", data.expectedResults(), TEXT_MAX, false)
                .localized("indicators", data.indicators(), TEXT_MAX, false)
                .required("leadUnId", data.leadUnId())
                .required("leadOicId", data.leadOicId());
        if (data.code() != null) {
            v.check(CODE.matcher(data.code()).matches(), "code", "validation.matrix.code-format");
            if (!v.hasErrorOn("code")) {
                lookups.codeOwner().apply(data.code())
                        .filter(other -> !other.equals(selfId))
                        .ifPresent(other -> v.check(false, "code", "validation.matrix.code-taken", data.code()));
            }
        }
        var byId = lookups.organisations();
        checkFamily(v, "leadUnId", data.leadUnId(), OrganisationFamily.UN, byId, "validation.matrix.lead-not-un");
        checkFamily(v, "leadOicId", data.leadOicId(), OrganisationFamily.OIC, byId, "validation.matrix.lead-not-oic");
        for (var partner : data.partnerIds()) {
            var org = byId.get(partner);
            v.check(org != null && org.family() != OrganisationFamily.MEMBER_STATE, "partnerIds",
                    "validation.matrix.partner-unknown");
        }
        for (var code : data.beneficiaries()) {
            v.check(lookups.memberStates().contains(code), "beneficiaries", "validation.matrix.state-unknown", code);
        }
        checkTimeframe(v, data, lookups);
        for (var sdg : data.sdgs()) {
            v.check(sdg != null && sdg >= 1 && sdg <= 17 && lookups.sdgs().contains(sdg), "sdgs",
                    "validation.matrix.sdg-unknown", String.valueOf(sdg));
        }
        // A retired area stays on the entries that already name it, but is not taken on anew.
        var kept = selfId == null ? List.<Long>of() : entries.findById(selfId)
                .map(entry -> entry.toData().oicAreaIds()).orElse(List.of());
        for (var id : data.oicAreaIds()) {
            var area = Optional.ofNullable(lookups.areas().get(id));
            v.check(area.isPresent(), "oicAreaIds", "validation.matrix.area-unknown");
            area.filter(a -> !a.active() && !kept.contains(id)).ifPresent(a -> v.check(false, "oicAreaIds",
                    "validation.matrix.area-retired", a.code()));
        }
        if (data.budget() != null) {
            v.check(data.budget().signum() >= 0 && data.budget().compareTo(BUDGET_MAX) <= 0
                    && data.budget().scale() <= 2, "budget", "validation.matrix.budget-range");
            v.check(data.currency() != null, "currency", "validation.matrix.currency-required");
        }
        if (data.currency() != null) {
            v.check(CURRENCIES.contains(data.currency()), "currency", "validation.matrix.currency-unknown");
        }
        if (ownOrganisation != null) {
            v.check(data.involves(ownOrganisation), "partnerIds", "validation.matrix.own-organisation");
        }
        return v.errors();
    }

    private static void checkTimeframe(Validation v, EntryData data, Lookups lookups) {
        var periodStart = lookups.periodStart();
        var periodEnd = lookups.periodEnd();
        if (data.startDate() != null && data.endDate() != null) {
            v.check(!data.endDate().isBefore(data.startDate()), "endDate", "validation.matrix.end-before-start");
        }
        if (data.startDate() != null) {
            v.check(!data.startDate().isBefore(periodStart) && !data.startDate().isAfter(periodEnd), "startDate",
                    "validation.matrix.outside-period", periodStart.toString(), periodEnd.toString());
        }
        if (data.endDate() != null) {
            v.check(!data.endDate().isBefore(periodStart) && !data.endDate().isAfter(periodEnd), "endDate",
                    "validation.matrix.outside-period", periodStart.toString(), periodEnd.toString());
        }
    }

    private static void checkFamily(Validation v, String field, @Nullable Long id, OrganisationFamily family,
                                    Map<Long, OrganisationSummary> byId, String messageKey) {
        if (id == null) {
            return;
        }
        var org = byId.get(id);
        v.check(org != null && org.family() == family, field, messageKey);
    }
}
