package org.majlis.demo;

import org.majlis.base.LocalizedText;
import org.majlis.matrix.EntryData;
import org.majlis.matrix.MatrixReferenceService;
import org.majlis.matrix.MatrixService;
import org.majlis.meetings.OrganisationSummary;
import org.majlis.meetings.RoomKind;
import org.majlis.meetings.RoomSummary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The demo's matrix of joint activities adopted at Geneva 2022 (15th edition), which Astana 2024 reviews: a few
 * entries per working session, in the spirit of the real meetings (FAO–IOFS food security, SESRIC–ILO vocational
 * training, IRCICA–UNESCO cultural heritage, UNDP–OIC governance...). Fictional detail, realistic shape.
 */
final class DemoMatrix {

    private record Entry(RoomKind room, String code, LocalizedText title, LocalizedText description, String leadUn,
                         String leadOic, List<String> partners, List<String> states, LocalDate start, LocalDate end,
                         LocalizedText results, LocalizedText indicators, List<Integer> sdgs, List<String> areas,
                         BigDecimal budget) {
    }

    private static final LocalDate FROM = LocalDate.of(2022, 9, 1);
    private static final LocalDate TO = LocalDate.of(2024, 6, 30);

    private static final List<Entry> GENEVA = List.of(
            new Entry(RoomKind.POLITICAL, "POL-01",
                    t("Strengthening public institutions and good governance",
                            "Renforcement des institutions publiques et de la bonne gouvernance",
                            "تعزيز المؤسسات العامة والحكم الرشيد"),
                    t("Joint UNDP–OIC support to public administration reform and anti-corruption bodies.",
                            "Appui conjoint PNUD–OCI à la réforme de l'administration publique et aux organes de lutte contre la corruption.",
                            "دعم مشترك من برنامج الأمم المتحدة الإنمائي ومنظمة التعاون الإسلامي لإصلاح الإدارة العامة وهيئات مكافحة الفساد."),
                    "UNDP", "OIC", List.of("IsDB"), List.of("SO", "SD", "YE"), FROM, TO,
                    t("Governance assessments completed in three member states", "Évaluations de la gouvernance achevées dans trois États membres", null),
                    t("Number of institutions supported", "Nombre d'institutions appuyées", null),
                    List.of(16, 17), List.of("POA-15"), new BigDecimal("1200000")),
            new Entry(RoomKind.POLITICAL, "POL-02",
                    t("Joint training on conflict prevention, mediation and peacebuilding",
                            "Formation conjointe à la prévention des conflits, à la médiation et à la consolidation de la paix",
                            "تدريب مشترك على منع النزاعات والوساطة وبناء السلام"),
                    t("Two regional courses a year for OIC and UN mediators.", "Deux cours régionaux par an pour les médiateurs de l'OCI et de l'ONU.", null),
                    "DPPA", "OIC", List.of(), List.of(), FROM, TO,
                    t("40 mediators trained", "40 médiateurs formés", "تدريب 40 وسيطاً"), LocalizedText.empty(),
                    List.of(16), List.of("POA-04"), null),
            new Entry(RoomKind.POLITICAL, "POL-03",
                    t("Protection of refugees, internally displaced and stateless persons",
                            "Protection des réfugiés, des déplacés internes et des apatrides",
                            "حماية اللاجئين والنازحين داخلياً وعديمي الجنسية"),
                    t("Advocacy and legal assistance in the OIC region, including Afghanistan and the Sahel.", null, null),
                    "UNHCR", "OIC", List.of("ISF", "IPHRC"), List.of("AF", "SD", "SO", "NE"), FROM, TO,
                    t("National action plans on statelessness in two member states", null, null), LocalizedText.empty(),
                    List.of(10, 16), List.of("POA-14", "POA-15"), null),
            new Entry(RoomKind.ECONOMIC_SCIENTIFIC, "ECO-01",
                    t("Food security and resilient agriculture in Afghanistan, Chad and the Sahel",
                            "Sécurité alimentaire et agriculture résiliente en Afghanistan, au Tchad et au Sahel",
                            "الأمن الغذائي والزراعة القادرة على الصمود في أفغانستان وتشاد ومنطقة الساحل"),
                    t("Follow-up to the IOFS–FAO Letter of Intent: seed systems, food reserves and smallholder support.",
                            "Suite de la lettre d'intention OISA–FAO : systèmes semenciers, réserves alimentaires et appui aux petits exploitants.",
                            "متابعة لخطاب النوايا بين المنظمة الإسلامية للأمن الغذائي والفاو: نظم البذور والاحتياطيات الغذائية ودعم صغار المزارعين."),
                    "FAO", "IOFS", List.of("IsDB", "IFAD"),
                    List.of("AF", "TD", "DJ", "GM", "KZ", "MR", "NG", "SO", "TJ"), FROM, TO,
                    t("Food security reserve operational; 20,000 smallholders supported",
                            "Réserve de sécurité alimentaire opérationnelle ; 20 000 petits exploitants appuyés",
                            "تشغيل احتياطي الأمن الغذائي ودعم 20 ألف مزارع صغير"),
                    t("Tonnes in reserve; households reached", "Tonnes en réserve ; ménages atteints", null),
                    List.of(1, 2, 13), List.of("POA-08", "POA-06"), new BigDecimal("5000000")),
            new Entry(RoomKind.ECONOMIC_SCIENTIFIC, "ECO-02",
                    t("Technical and vocational education and training (OIC-TVET)",
                            "Enseignement et formation techniques et professionnels (OCI-EFTP)",
                            "التعليم والتدريب التقني والمهني"),
                    t("SESRIC and ILO peer-learning on skills systems, apprenticeships and labour-market information.",
                            "Apprentissage entre pairs SESRIC–OIT sur les systèmes de compétences, l'apprentissage et l'information sur le marché du travail.",
                            null),
                    "ILO", "SESRIC", List.of("IsDB"), List.of("BD", "ID", "TR", "UG", "MA"), FROM, TO,
                    t("Six study visits; a TVET quality framework adopted by three states", null, null),
                    t("Trainers certified", "Formateurs certifiés", null),
                    List.of(4, 8), List.of("POA-11", "POA-09"), new BigDecimal("750000")),
            new Entry(RoomKind.ECONOMIC_SCIENTIFIC, "ECO-03",
                    t("South-South and triangular cooperation through reverse linkage",
                            "Coopération Sud-Sud et triangulaire par le mécanisme de liaison inversée",
                            "التعاون فيما بين بلدان الجنوب والتعاون الثلاثي عبر آلية الربط العكسي"),
                    LocalizedText.empty(), "UNOSSC", "IsDB", List.of("SESRIC"), List.of("SN", "MY", "EG"), FROM, TO,
                    t("Ten reverse-linkage projects matched", "Dix projets de liaison inversée appariés", null),
                    LocalizedText.empty(), List.of(17), List.of("POA-07"), null),
            new Entry(RoomKind.CULTURAL_SOCIAL_HUMANITARIAN, "CSH-01",
                    t("Safeguarding cultural heritage: inventories and training",
                            "Sauvegarde du patrimoine culturel : inventaires et formation",
                            "صون التراث الثقافي: الجرد والتدريب"),
                    t("IRCICA and UNESCO train heritage professionals and document endangered sites.",
                            "L'IRCICA et l'UNESCO forment des professionnels du patrimoine et documentent des sites menacés.",
                            "يدرّب إرسيكا واليونسكو المختصين في التراث ويوثّقان المواقع المهددة."),
                    "UNESCO", "IRCICA", List.of("ICESCO"), List.of("IQ", "ML", "YE", "AZ"), FROM, TO,
                    t("Inventories of 50 sites; 120 professionals trained", "Inventaire de 50 sites ; 120 professionnels formés",
                            "جرد 50 موقعاً وتدريب 120 مختصاً"),
                    LocalizedText.empty(), List.of(11, 4), List.of("POA-16"), new BigDecimal("900000")),
            new Entry(RoomKind.CULTURAL_SOCIAL_HUMANITARIAN, "CSH-02",
                    t("Education and health services for Palestine refugees",
                            "Services d'éducation et de santé pour les réfugiés de Palestine",
                            "خدمات التعليم والصحة للاجئين الفلسطينيين"),
                    t("ISF co-funding of UNRWA schools and clinics.", "Cofinancement par le FSI d'écoles et de centres de santé de l'UNRWA.", null),
                    "UNRWA", "ISF", List.of("IsDB"), List.of("PS", "JO", "LB"), FROM, TO,
                    t("Schools and clinics kept open", null, "استمرار عمل المدارس والعيادات"), LocalizedText.empty(),
                    List.of(3, 4), List.of("POA-01", "POA-14"), new BigDecimal("2500000")),
            new Entry(RoomKind.CULTURAL_SOCIAL_HUMANITARIAN, "CSH-03",
                    t("Humanitarian coordination in the Sahel and the Lake Chad Basin",
                            "Coordination humanitaire au Sahel et dans le bassin du lac Tchad",
                            "التنسيق الإنساني في منطقة الساحل وحوض بحيرة تشاد"),
                    LocalizedText.empty(), "OCHA", "OIC", List.of("ISF"), List.of("NE", "NG", "TD", "CM", "ML", "BF"),
                    FROM, TO, t("Joint needs assessments in four states", null, null), LocalizedText.empty(),
                    List.of(2, 16), List.of("POA-14"), null));

    private DemoMatrix() {
    }

    static void seed(MatrixService matrix, MatrixReferenceService reference, Map<RoomKind, RoomSummary> genevaRooms,
                     Map<String, OrganisationSummary> byAcronym) {
        var areas = reference.oicAreas();
        for (var e : GENEVA) {
            var data = new EntryData(e.code(), e.title(), e.description(), byAcronym.get(e.leadUn()).id(),
                    byAcronym.get(e.leadOic()).id(), e.partners().stream().map(a -> byAcronym.get(a).id()).toList(),
                    e.states(), e.start(), e.end(), e.results(), e.indicators(), e.sdgs(),
                    e.areas().stream().map(code -> areas.stream().filter(a -> a.code().equals(code)).findFirst()
                            .orElseThrow().id()).toList(),
                    e.budget(), e.budget() == null ? null : "USD");
            matrix.importAdopted(genevaRooms.get(e.room()).id(), data, "Geneva 2022");
        }
    }

    private static LocalizedText t(String en, String fr, String ar) {
        return LocalizedText.of(en, fr, ar);
    }
}
