package org.majlis.meetings;

import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;
import org.majlis.base.NotFoundException;
import org.majlis.base.ConcurrentEditException;
import org.majlis.base.Phrase;
import org.majlis.base.RefusedException;
import org.majlis.base.FieldError;
import org.majlis.base.UniqueKeys;
import org.majlis.base.Validation;
import org.majlis.meetings.internal.Organisation;
import org.majlis.meetings.internal.OrganisationRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Organisations: UN entities, OIC institutions, member states and others. Only the secretariat changes them. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class OrganisationService {

    static final int NAME_MAX = 200;
    private static final Set<String> ISO_COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    private final OrganisationRepository organisations;
    private final List<RecordUses> uses;

    OrganisationService(OrganisationRepository organisations, List<RecordUses> uses) {
        this.organisations = organisations;
        this.uses = uses;
    }

    public List<OrganisationSummary> list() {
        return organisations.findAll().stream()
                .map(Organisation::toSummary)
                .sorted(Comparator.comparing((OrganisationSummary o) -> o.family().ordinal())
                        .thenComparing(o -> o.shortName(Locale.ENGLISH), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public List<OrganisationSummary> list(OrganisationFamily family) {
        return list().stream().filter(o -> o.family() == family).toList();
    }

    public OrganisationSummary get(long id) {
        return load(id).toSummary();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrganisationSummary create(OrganisationData data) {
        validate(data, null);
        return UniqueKeys.translate(() -> organisations.saveAndFlush(new Organisation(data)), taken(data))
                .toSummary();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrganisationSummary update(long id, long version, OrganisationData data) {
        var organisation = load(id);
        ConcurrentEditException.check("Organisation", id, version, organisation.getVersion());
        validate(data, id);
        organisation.apply(data);
        return UniqueKeys.translate(() -> organisations.saveAndFlush(organisation), taken(data)).toSummary();
    }

    /**
     * Deletes an organisation nothing refers to; otherwise the refusal says what does (participants, hosted
     * editions, floor requests, matrix entries…) and nothing changes.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(long id, long version) {
        var organisation = load(id);
        ConcurrentEditException.check("Organisation", id, version, organisation.getVersion());
        var inUse = new ArrayList<Phrase>();
        inUse.addAll(RecordUses.counted("admin.in-use.participants", organisations.countParticipants(id)));
        inUse.addAll(RecordUses.counted("admin.in-use.hosted-editions", organisations.countHostedEditions(id)));
        var country = organisation.toSummary().countryCode();
        uses.forEach(u -> inUse.addAll(u.ofOrganisation(id, country)));
        var name = organisation.toSummary().name();
        if (!inUse.isEmpty()) {
            throw new RefusedException("admin.organisations.in-use", name, inUse);
        }
        try {
            organisations.delete(organisation);
            organisations.flush();
        } catch (DataIntegrityViolationException e) {
            // Something started to refer to the organisation after the check above.
            throw new RefusedException("admin.in-use.now", name);
        }
    }

    private void validate(OrganisationData data, Long selfId) {
        var v = new Validation()
                .required("family", data.family())
                .localized("name", data.name(), NAME_MAX, true)
                .maxLength("acronymEn", data.acronym().en(), 30)
                .maxLength("acronymFr", data.acronym().fr(), 30)
                .maxLength("acronymAr", data.acronym().ar(), 60);
        checkAcronymFree(v, "acronymEn", data.acronym().en(), organisations::findByAcronymEn, selfId);
        checkAcronymFree(v, "acronymFr", data.acronym().fr(), organisations::findByAcronymFr, selfId);
        checkAcronymFree(v, "acronymAr", data.acronym().ar(), organisations::findByAcronymAr, selfId);
        var country = data.countryCode() == null ? "" : data.countryCode().strip().toUpperCase(Locale.ROOT);
        if (data.family() == OrganisationFamily.MEMBER_STATE) {
            v.check(!country.isEmpty(), "countryCode", "validation.required");
        }
        if (!country.isEmpty()) {
            v.check(ISO_COUNTRIES.contains(country), "countryCode", "validation.organisation.country-unknown");
            organisations.findByCountryCode(country)
                    .filter(other -> !other.getId().equals(selfId))
                    .ifPresent(other -> v.check(false, "countryCode", "validation.organisation.country-taken"));
        }
        var precedence = data.precedence();
        v.check(precedence == null || (precedence >= OrganisationFamily.PRECEDENCE_MIN
                        && precedence <= OrganisationFamily.PRECEDENCE_MAX), "precedence",
                "validation.organisation.precedence-range", OrganisationFamily.PRECEDENCE_MIN,
                OrganisationFamily.PRECEDENCE_MAX);
        v.throwIfAny();
    }

    /** What someone saving the same acronym or country as another person at that moment is told. */
    private static Map<String, FieldError> taken(OrganisationData data) {
        return Map.of(
                "uk_organisation_acronym_en", acronymTakenNow("acronymEn", data.acronym().en()),
                "uk_organisation_acronym_fr", acronymTakenNow("acronymFr", data.acronym().fr()),
                "uk_organisation_acronym_ar", acronymTakenNow("acronymAr", data.acronym().ar()),
                "uk_organisation_country", new FieldError("countryCode", "validation.organisation.country-taken"));
    }

    private static FieldError acronymTakenNow(String field, @Nullable String acronym) {
        return new FieldError(field, "validation.organisation.acronym-taken-now", String.valueOf(acronym));
    }

    private static void checkAcronymFree(Validation v, String field, String acronym,
                                         Function<String, Optional<Organisation>> finder, Long selfId) {
        if (acronym == null || v.hasErrorOn(field)) {
            return;
        }
        finder.apply(acronym)
                .filter(other -> !other.getId().equals(selfId))
                .ifPresent(other -> v.check(false, field, "validation.organisation.acronym-taken",
                        acronym, other.getName().in(Locale.ENGLISH)));
    }

    private Organisation load(long id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("Organisation", id));
    }

    /** Display name of a country in a language, from the JDK's locale data. */
    public static String countryName(String countryCode, Locale locale) {
        return Locale.of("", countryCode).getDisplayCountry(locale);
    }

    /** A member state as an organisation, named from the JDK's locale data in the three languages. */
    public static OrganisationData memberState(String countryCode) {
        var name = LocalizedText.of(countryName(countryCode, Locale.ENGLISH), countryName(countryCode, Locale.FRENCH),
                countryName(countryCode, Locale.of("ar")));
        return new OrganisationData(OrganisationFamily.MEMBER_STATE, name, LocalizedText.empty(), countryCode);
    }
}
