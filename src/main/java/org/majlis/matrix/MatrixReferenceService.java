package org.majlis.matrix;

import org.majlis.base.ConcurrentEditException;
import org.majlis.base.LocalizedText;
import org.majlis.base.NotFoundException;
import org.majlis.base.FieldError;
import org.majlis.base.UniqueKeys;
import org.majlis.base.UserText;
import org.majlis.base.Validation;
import org.majlis.matrix.internal.OicAreaEntity;
import org.majlis.matrix.internal.OicAreaRepository;
import org.majlis.matrix.internal.SdgGoalEntity;
import org.majlis.matrix.internal.SdgGoalRepository;
import org.majlis.meetings.OrganisationService;
import org.majlis.meetings.OrganisationSummary;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The reference lists entries are aligned with: the 17 SDGs and the OIC-2025 priority areas (seeded by migration,
 * editable by the secretariat), plus the organisations and currencies the entry form offers.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class MatrixReferenceService {

    private static final Pattern AREA_CODE = Pattern.compile("^[A-Z0-9-]{2,20}$");
    private static final Map<String, FieldError> AREA_CODE_TAKEN = Map.of(
            "uk_oic_area_code", new FieldError("code", "validation.matrix.area-code-taken"));

    private final SdgGoalRepository sdgs;
    private final OicAreaRepository areas;
    private final OrganisationService organisations;

    MatrixReferenceService(SdgGoalRepository sdgs, OicAreaRepository areas, OrganisationService organisations) {
        this.sdgs = sdgs;
        this.areas = areas;
        this.organisations = organisations;
    }

    public List<SdgGoal> sdgs() {
        return sdgs.findAll(Sort.by("number")).stream().map(SdgGoalEntity::toRecord).toList();
    }

    public SdgGoal sdg(int number) {
        return sdgs.findById(number).map(SdgGoalEntity::toRecord).orElseThrow(() -> new NotFoundException("SDG", number));
    }

    public OicArea oicArea(long id) {
        return areas.findById(id).map(OicAreaEntity::toRecord).orElseThrow(() -> new NotFoundException("OIC area", id));
    }

    /** All areas, retired ones included (old entries may name them); the form offers the active ones. */
    public List<OicArea> oicAreas() {
        return areas.findAllOrdered().stream().map(OicAreaEntity::toRecord).toList();
    }

    /** Every organisation (UN, OIC, member states, others), for names and the form's choices. */
    public List<OrganisationSummary> organisations() {
        return organisations.list();
    }

    /** ISO 4217 currency codes, sorted. */
    public List<String> currencies() {
        return Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public SdgGoal renameSdg(int number, long version, LocalizedText name) {
        var goal = sdgs.findById(number).orElseThrow(() -> new NotFoundException("SDG", number));
        ConcurrentEditException.check("SDG", number, version, goal.getVersion());
        var cleaned = name.singleLine();
        new Validation().localized("name", cleaned, 200, true).throwIfAny();
        goal.rename(cleaned);
        return sdgs.saveAndFlush(goal).toRecord();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OicArea addOicArea(String code, LocalizedText name) {
        var cleaned = name.singleLine();
        var normalized = validateArea(code, cleaned, null);
        return UniqueKeys.translate(() -> areas.saveAndFlush(new OicAreaEntity(normalized, cleaned,
                areas.maxPosition() + 1)), AREA_CODE_TAKEN).toRecord();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OicArea updateOicArea(long id, long version, String code, LocalizedText name, boolean active) {
        var area = areas.findById(id).orElseThrow(() -> new NotFoundException("OIC area", id));
        ConcurrentEditException.check("OIC area", id, version, area.getVersion());
        var cleaned = name.singleLine();
        area.change(validateArea(code, cleaned, id), cleaned, active);
        return UniqueKeys.translate(() -> areas.saveAndFlush(area), AREA_CODE_TAKEN).toRecord();
    }

    private String validateArea(String code, LocalizedText name, Long selfId) {
        var line = UserText.line(code);
        var normalized = line == null ? null : line.toUpperCase(Locale.ROOT);
        var v = new Validation().required("code", normalized).localized("name", name, 300, true);
        if (normalized != null && !normalized.isEmpty()) {
            v.check(AREA_CODE.matcher(normalized).matches(), "code", "validation.matrix.area-code-format");
            areas.findByCode(normalized).filter(other -> !other.getId().equals(selfId))
                    .ifPresent(other -> v.check(false, "code", "validation.matrix.area-code-taken"));
        }
        v.throwIfAny();
        return normalized;
    }
}
