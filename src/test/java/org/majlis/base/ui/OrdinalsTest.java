package org.majlis.base.ui;

import org.junit.jupiter.api.Test;
import org.majlis.base.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Edition numbers read as each language writes ordinals: English 1st 2nd 3rd 4th 11th 12th 13th 21st 102nd 823rd;
 * French 1re (édition and réunion are feminine) 2e 16e 102e; Arabic in words up to the 99th, with the gender of the
 * noun (الدورة السادسة عشرة, الاجتماع العام السادس عشر), in digits from 100 on. Formatted by the app's
 * {@link Translations} from the real translation files.
 */
class OrdinalsTest {

    private final Translations translations = new Translations();

    private String saved(Language language, int number) {
        return translations.getTranslation("admin.editions.saved", language.locale(), number);
    }

    @Test
    void english_editions_take_st_nd_rd_and_th_as_english_does() {
        int[] numbers = {1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 102, 111, 112, 823};
        String[] ordinals = {"1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st",
                "102nd", "111th", "112th", "823rd"};
        for (var i = 0; i < numbers.length; i++) {
            assertThat(saved(Language.EN, numbers[i])).isEqualTo("The " + ordinals[i] + " edition has been saved.");
        }
        assertThat(translations.getTranslation("edition.title", Language.EN.locale(), 16, "Astana"))
                .isEqualTo("16th UN–OIC General Meeting on Cooperation, Astana");
        assertThat(translations.getTranslation("matrix.review.title", Language.EN.locale(), 102))
                .isEqualTo("Review of the matrix of the 102nd edition");
    }

    @Test
    void french_editions_are_feminine_1re_then_e() {
        assertThat(saved(Language.FR, 1)).isEqualTo("La 1re édition a été enregistrée.");
        assertThat(saved(Language.FR, 2)).isEqualTo("La 2e édition a été enregistrée.");
        assertThat(saved(Language.FR, 16)).isEqualTo("La 16e édition a été enregistrée.");
        assertThat(saved(Language.FR, 102)).isEqualTo("La 102e édition a été enregistrée.");
        assertThat(translations.getTranslation("edition.title", Language.FR.locale(), 1, "Genève"))
                .isEqualTo("1re Réunion générale ONU–OCI sur la coopération, Genève");
    }

    @Test
    void arabic_editions_are_ordinal_words_of_the_nouns_gender_up_to_99_then_digits() {
        assertThat(saved(Language.AR, 1)).isEqualTo("حُفظت الدورة الأولى.");
        assertThat(saved(Language.AR, 16)).isEqualTo("حُفظت الدورة السادسة عشرة.");
        assertThat(saved(Language.AR, 21)).isEqualTo("حُفظت الدورة الحادية والعشرون.");
        assertThat(saved(Language.AR, 99)).isEqualTo("حُفظت الدورة التاسعة والتسعون.");
        assertThat(saved(Language.AR, 102)).isEqualTo("حُفظت الدورة 102.");
        assertThat(saved(Language.AR, 823)).isEqualTo("حُفظت الدورة 823.");
        assertThat(translations.getTranslation("edition.title", Language.AR.locale(), 16, "أستانا"))
                .isEqualTo("الاجتماع العام السادس عشر للتعاون بين الأمم المتحدة ومنظمة التعاون الإسلامي، أستانا");
        assertThat(translations.getTranslation("edition.title", Language.AR.locale(), 2, "جنيف"))
                .startsWith("الاجتماع العام الثاني للتعاون");
    }

    @Test
    void plain_arguments_and_apostrophes_read_as_before() {
        assertThat(translations.getTranslation("validation.edition.number-taken", Language.FR.locale(), 16))
                .isEqualTo("L'édition 16 existe déjà");
        assertThat(translations.getTranslation("common.access-denied", Language.EN.locale()))
                .isEqualTo("You are not allowed to do this.");
        assertThat(translations.getTranslation("no.such.key", Language.EN.locale(), 1)).contains("no.such.key");
    }
}
