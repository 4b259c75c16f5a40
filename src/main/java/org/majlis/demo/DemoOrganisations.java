package org.majlis.demo;

import org.majlis.base.LocalizedText;
import org.majlis.meetings.OrganisationData;
import org.majlis.meetings.OrganisationFamily;

import java.util.List;

/** UN entities and OIC institutions that take part in the General Meeting, named in English, French and Arabic. */
final class DemoOrganisations {

    /** The 57 OIC member states (ISO 3166 codes); their names come from the JDK's locale data. */
    static final List<String> OIC_MEMBER_STATES = List.of(
            "AF", "AL", "DZ", "AZ", "BH", "BD", "BJ", "BN", "BF", "CM", "TD", "KM", "CI", "DJ", "EG", "GA", "GM",
            "GN", "GW", "GY", "ID", "IR", "IQ", "JO", "KZ", "KW", "KG", "LB", "LY", "MY", "MV", "ML", "MR", "MA",
            "MZ", "NE", "NG", "OM", "PK", "PS", "QA", "SA", "SN", "SL", "SO", "SD", "SR", "SY", "TJ", "TG", "TN",
            "TR", "TM", "UG", "AE", "UZ", "YE");

    static final List<OrganisationData> ALL = List.of(
            un("FAO", "FAO", "الفاو",
                    "Food and Agriculture Organization of the United Nations",
                    "Organisation des Nations Unies pour l'alimentation et l'agriculture",
                    "منظمة الأغذية والزراعة للأمم المتحدة"),
            un("IFAD", "FIDA", null,
                    "International Fund for Agricultural Development",
                    "Fonds international de développement agricole",
                    "الصندوق الدولي للتنمية الزراعية"),
            un("ILO", "OIT", null,
                    "International Labour Organization",
                    "Organisation internationale du Travail",
                    "منظمة العمل الدولية"),
            un("UN-Habitat", "ONU-Habitat", null,
                    "United Nations Human Settlements Programme",
                    "Programme des Nations Unies pour les établissements humains",
                    "برنامج الأمم المتحدة للمستوطنات البشرية"),
            un("UNDP", "PNUD", null,
                    "United Nations Development Programme",
                    "Programme des Nations Unies pour le développement",
                    "برنامج الأمم المتحدة الإنمائي"),
            un("ESCWA", "CESAO", "الإسكوا",
                    "Economic and Social Commission for Western Asia",
                    "Commission économique et sociale pour l'Asie occidentale",
                    "اللجنة الاقتصادية والاجتماعية لغربي آسيا"),
            un("UNRWA", "UNRWA", "الأونروا",
                    "United Nations Relief and Works Agency for Palestine Refugees in the Near East",
                    "Office de secours et de travaux des Nations Unies pour les réfugiés de Palestine dans le Proche-Orient",
                    "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين"),
            un("UNOSSC", "UNOSSC", null,
                    "United Nations Office for South-South Cooperation",
                    "Bureau des Nations Unies pour la coopération Sud-Sud",
                    "مكتب الأمم المتحدة للتعاون فيما بين بلدان الجنوب"),
            un("DPPA", "DPPA", null,
                    "United Nations Department of Political and Peacebuilding Affairs",
                    "Département des affaires politiques et de la consolidation de la paix",
                    "إدارة الشؤون السياسية وبناء السلام"),
            un("UNESCO", "UNESCO", "اليونسكو",
                    "United Nations Educational, Scientific and Cultural Organization",
                    "Organisation des Nations Unies pour l'éducation, la science et la culture",
                    "منظمة الأمم المتحدة للتربية والعلم والثقافة"),
            un("UNHCR", "HCR", "المفوضية",
                    "Office of the United Nations High Commissioner for Refugees",
                    "Haut-Commissariat des Nations Unies pour les réfugiés",
                    "مفوضية الأمم المتحدة السامية لشؤون اللاجئين"),
            un("OCHA", "OCHA", null,
                    "United Nations Office for the Coordination of Humanitarian Affairs",
                    "Bureau de la coordination des affaires humanitaires",
                    "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"),
            un("WHO", "OMS", null,
                    "World Health Organization",
                    "Organisation mondiale de la Santé",
                    "منظمة الصحة العالمية"),
            oic("OIC", "OCI", null,
                    "General Secretariat of the Organisation of Islamic Cooperation",
                    "Secrétariat général de l'Organisation de la coopération islamique",
                    "الأمانة العامة لمنظمة التعاون الإسلامي"),
            oic("SESRIC", "SESRIC", "سيسرك",
                    "Statistical, Economic and Social Research and Training Centre for Islamic Countries",
                    "Centre de recherches statistiques, économiques et sociales et de formation pour les pays islamiques",
                    "مركز الأبحاث الإحصائية والاقتصادية والاجتماعية والتدريب للدول الإسلامية"),
            oic("IOFS", "OISA", null,
                    "Islamic Organization for Food Security",
                    "Organisation islamique pour la sécurité alimentaire",
                    "المنظمة الإسلامية للأمن الغذائي"),
            oic("IRCICA", "IRCICA", "إرسيكا",
                    "Research Centre for Islamic History, Art and Culture",
                    "Centre de recherche sur l'histoire, l'art et la culture islamiques",
                    "مركز الأبحاث للتاريخ والفنون والثقافة الإسلامية"),
            oic("IsDB", "BID", null,
                    "Islamic Development Bank",
                    "Banque islamique de développement",
                    "البنك الإسلامي للتنمية"),
            oic("ICESCO", "ICESCO", "إيسيسكو",
                    "Islamic World Educational, Scientific and Cultural Organization",
                    "Organisation du monde islamique pour l'éducation, les sciences et la culture",
                    "منظمة العالم الإسلامي للتربية والعلوم والثقافة"),
            oic("IPHRC", "CPIDH", null,
                    "Independent Permanent Human Rights Commission",
                    "Commission permanente indépendante des droits de l'homme",
                    "الهيئة الدائمة المستقلة لحقوق الإنسان"),
            oic("ICDT", "CIDC", null,
                    "Islamic Centre for Development of Trade",
                    "Centre islamique pour le développement du commerce",
                    "المركز الإسلامي لتنمية التجارة"),
            oic("ISF", "FSI", null,
                    "Islamic Solidarity Fund",
                    "Fonds de solidarité islamique",
                    "صندوق التضامن الإسلامي"));

    private DemoOrganisations() {
    }

    private static OrganisationData un(String en, String fr, String ar, String nameEn, String nameFr, String nameAr) {
        return new OrganisationData(OrganisationFamily.UN, LocalizedText.of(nameEn, nameFr, nameAr),
                LocalizedText.of(en, fr, ar), null);
    }

    private static OrganisationData oic(String en, String fr, String ar, String nameEn, String nameFr, String nameAr) {
        return new OrganisationData(OrganisationFamily.OIC, LocalizedText.of(nameEn, nameFr, nameAr),
                LocalizedText.of(en, fr, ar), null);
    }
}
