package org.majlis.meetings;

import org.junit.jupiter.api.Test;
import org.majlis.InputErrors;
import org.majlis.MajlisSpringTest;
import org.majlis.base.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat's bad input about organisations is refused with the field and a translation key, and changes
 * nothing.
 */
@MajlisSpringTest
@WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
class OrganisationValidationTest {

    private static final String FAO_NAME = "Food and Agriculture Organization of the United Nations";

    @Autowired
    OrganisationService organisations;

    @Test
    void an_organisation_needs_a_name_in_at_least_one_language() {
        var before = organisations.list().size();

        assertThat(InputErrors.of(() -> organisations.create(new OrganisationData(OrganisationFamily.UN,
                LocalizedText.of(" ", "", null), LocalizedText.of("X" + unique(), null, null), null))))
                .containsExactly("nameEn: validation.one-language-required");
        assertThat(organisations.list()).hasSize(before);
    }

    @Test
    void a_name_longer_than_200_characters_is_refused_in_any_language() {
        var before = organisations.list().size();
        var tooLong = "é".repeat(OrganisationService.NAME_MAX + 1);

        assertThat(InputErrors.withArguments(() -> organisations.create(new OrganisationData(OrganisationFamily.UN,
                LocalizedText.of("Fine", tooLong, "ع".repeat(OrganisationService.NAME_MAX + 1)),
                LocalizedText.empty(), null))))
                .containsExactly("nameFr: validation.too-long [200]", "nameAr: validation.too-long [200]");
        assertThat(organisations.list()).hasSize(before);
    }

    @Test
    void an_overlong_acronym_is_refused() {
        assertThat(InputErrors.withArguments(() -> organisations.create(new OrganisationData(OrganisationFamily.UN,
                LocalizedText.of("Some programme", null, null), LocalizedText.of("A".repeat(31), null, null), null))))
                .containsExactly("acronymEn: validation.too-long [30]");
    }

    @Test
    void a_family_is_required() {
        assertThat(InputErrors.of(() -> organisations.create(new OrganisationData(null,
                LocalizedText.of("No family " + unique(), null, null), LocalizedText.empty(), null))))
                .containsExactly("family: validation.required");
    }

    @Test
    void an_acronym_already_used_in_the_same_language_is_refused_and_names_its_owner() {
        var before = organisations.list().size();

        assertThat(InputErrors.withArguments(() -> organisations.create(un("FAO", null, null))))
                .containsExactly("acronymEn: validation.organisation.acronym-taken [FAO, " + FAO_NAME + "]");
        assertThat(InputErrors.of(() -> organisations.create(un(null, "OIT", null))))
                .containsExactly("acronymFr: validation.organisation.acronym-taken");
        assertThat(InputErrors.of(() -> organisations.create(un(null, null, "الفاو"))))
                .containsExactly("acronymAr: validation.organisation.acronym-taken");
        assertThat(organisations.list()).hasSize(before);
    }

    @Test
    void acronyms_clash_whatever_their_case() {
        assertThat(InputErrors.of(() -> organisations.create(un("fao", null, null))))
                .containsExactly("acronymEn: validation.organisation.acronym-taken");
    }

    @Test
    void an_acronym_is_unique_per_language_only() {
        // "OIT" is the French acronym of the ILO; in English it is still free.
        var suffix = unique();
        var created = organisations.create(new OrganisationData(OrganisationFamily.OTHER,
                LocalizedText.of("Per-language acronym " + suffix, null, null),
                LocalizedText.of("OIT", "T-" + suffix, null), null));

        assertThat(organisations.get(created.id()).acronym().en()).isEqualTo("OIT");
    }

    @Test
    void an_organisation_keeps_its_own_acronym_when_edited() {
        var suffix = unique();
        var created = organisations.create(new OrganisationData(OrganisationFamily.UN,
                LocalizedText.of("Own acronym " + suffix, null, null),
                LocalizedText.of("OWN-" + suffix, "PROPRE-" + suffix, "خاص-" + suffix), null));

        var saved = organisations.update(created.id(), created.version(), created.toData());

        assertThat(saved.acronym()).isEqualTo(created.acronym());
        assertThat(saved.version()).isGreaterThanOrEqualTo(created.version());
    }

    @Test
    void a_member_state_needs_a_country_code() {
        var before = organisations.list().size();

        assertThat(InputErrors.of(() -> organisations.create(memberState(null))))
                .containsExactly("countryCode: validation.required");
        assertThat(InputErrors.of(() -> organisations.create(memberState("  "))))
                .containsExactly("countryCode: validation.required");
        assertThat(organisations.list()).hasSize(before);
    }

    @Test
    void an_unknown_country_code_is_refused() {
        assertThat(InputErrors.of(() -> organisations.create(memberState("XX"))))
                .containsExactly("countryCode: validation.organisation.country-unknown");
        assertThat(InputErrors.of(() -> organisations.create(memberState("KAZ"))))
                .containsExactly("countryCode: validation.organisation.country-unknown");
    }

    @Test
    void a_country_already_registered_is_refused_whatever_the_case() {
        var before = organisations.list().size();

        assertThat(InputErrors.of(() -> organisations.create(memberState("KZ"))))
                .containsExactly("countryCode: validation.organisation.country-taken");
        assertThat(InputErrors.of(() -> organisations.create(memberState("kz"))))
                .containsExactly("countryCode: validation.organisation.country-taken");
        assertThat(organisations.list()).hasSize(before);
    }

    @Test
    void every_problem_is_reported_at_once() {
        assertThat(InputErrors.of(() -> organisations.create(new OrganisationData(OrganisationFamily.MEMBER_STATE,
                LocalizedText.empty(), LocalizedText.of("FAO", null, null), "XX"))))
                .containsExactlyInAnyOrder("nameEn: validation.one-language-required",
                        "acronymEn: validation.organisation.acronym-taken",
                        "countryCode: validation.organisation.country-unknown");
    }

    @Test
    void a_refused_edit_changes_nothing() {
        var original = organisations.create(new OrganisationData(OrganisationFamily.OIC,
                LocalizedText.of("Unchanged " + unique(), "Inchangée", "دون تغيير"),
                LocalizedText.of("U-" + unique(), null, null), null));

        assertThat(InputErrors.of(() -> organisations.update(original.id(), original.version(),
                new OrganisationData(OrganisationFamily.OIC, LocalizedText.empty(), LocalizedText.of("FAO", null, null),
                        null)))).contains("nameEn: validation.one-language-required");

        assertThat(organisations.get(original.id())).isEqualTo(original);
    }

    private static OrganisationData un(String acronymEn, String acronymFr, String acronymAr) {
        return new OrganisationData(OrganisationFamily.UN, LocalizedText.of("Another agency " + unique(), null, null),
                LocalizedText.of(acronymEn, acronymFr, acronymAr), null);
    }

    private static OrganisationData memberState(String countryCode) {
        return new OrganisationData(OrganisationFamily.MEMBER_STATE,
                LocalizedText.of("A state " + unique(), null, null), LocalizedText.empty(), countryCode);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
