package org.majlis.demo;

import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.floor.FloorKind;
import org.majlis.meetings.OrganisationSummary;
import org.majlis.meetings.RoomKind;
import org.majlis.meetings.RoomSummary;
import org.majlis.report.LanguageText;
import org.majlis.report.ReportRecord;
import org.majlis.report.ReportService;
import org.majlis.report.ReportText;
import org.majlis.report.ReportTexts;
import org.majlis.report.TranslationStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo's adopted room reports, loaded as reports kept in Word ({@link ReportService#importAdopted}): the Geneva
 * 2022 economic session (with its adopted matrix entries) and the Astana 2024 opening plenary's summary. Their
 * agenda items and speakers are the report's own record (no floor record was kept in Majlis for them: negative item
 * ids). Astana's working sessions start with no report. Fictional detail, realistic shape.
 */
final class DemoReports {

    private DemoReports() {
    }

    static void seed(ReportService reports, Map<RoomKind, RoomSummary> geneva, Map<RoomKind, RoomSummary> astana,
                     Map<String, OrganisationSummary> byAcronym) {
        genevaEconomic(reports, geneva.get(RoomKind.ECONOMIC_SCIENTIFIC).id(), byAcronym);
        astanaPlenary(reports, astana.get(RoomKind.PLENARY).id(), byAcronym);
    }

    private static void genevaEconomic(ReportService reports, long roomId, Map<String, OrganisationSummary> orgs) {
        var now = reports.recordNow(roomId);
        var items = List.of(
                new ReportRecord.Item(-1, 1, t("Food security and agricultural development",
                        "Sécurité alimentaire et développement agricole", "الأمن الغذائي والتنمية الزراعية"), true,
                        List.of(spoke(1, orgs.get("FAO"), FloorKind.STATEMENT, 420),
                                spoke(2, orgs.get("IOFS"), FloorKind.STATEMENT, 360),
                                spoke(3, orgs.get("KZ"), FloorKind.QUESTION, 95)),
                        List.of(new ReportRecord.Statement(-1, acronym(orgs.get("IOFS")),
                                "IOFS statement on the food security programme"))),
                new ReportRecord.Item(-2, 2, t("Trade facilitation and development finance",
                        "Facilitation des échanges et financement du développement",
                        "تيسير التجارة وتمويل التنمية"), true,
                        List.of(spoke(4, orgs.get("IsDB"), FloorKind.STATEMENT, 300),
                                spoke(5, orgs.get("UNDP"), FloorKind.STATEMENT, 280)),
                        List.of()),
                new ReportRecord.Item(-3, 3, t("Vocational training and statistics",
                        "Formation professionnelle et statistiques", "التدريب المهني والإحصاء"), true,
                        List.of(spoke(6, orgs.get("SESRIC"), FloorKind.STATEMENT, 330),
                                spoke(7, orgs.get("ILO"), FloorKind.STATEMENT, 250)),
                        List.of(new ReportRecord.Statement(-2, acronym(orgs.get("SESRIC")),
                                "SESRIC — OIC Vocational Education and Training Programme (OIC-VET)"))));
        var record = withItems(now, items, List.of("FAO", "UNDP", "ILO", "IOFS", "IsDB", "SESRIC", "KZ"), orgs);
        var texts = new ReportTexts(
                text("The session was co-chaired by the United Nations and the OIC and reviewed cooperation on economic and scientific issues since Rabat 2018.",
                        "La séance, coprésidée par l'ONU et l'OCI, a examiné la coopération sur les questions économiques et scientifiques depuis Rabat 2018.",
                        "ترأست الأمم المتحدة ومنظمة التعاون الإسلامي الجلسة بشكل مشترك، واستعرضت التعاون في المسائل الاقتصادية والعلمية منذ اجتماع الرباط 2018."),
                Map.of(-1L, text("FAO and IOFS presented their joint work on food security in the Sahel and Central Asia. Kazakhstan asked how member states can join the regional seed-bank network.",
                                "La FAO et l'OISA ont présenté leurs travaux communs sur la sécurité alimentaire au Sahel et en Asie centrale. Le Kazakhstan a demandé comment les États membres peuvent rejoindre le réseau régional de banques de semences.",
                                "عرضت منظمة الأغذية والزراعة والمنظمة الإسلامية للأمن الغذائي عملهما المشترك في مجال الأمن الغذائي في منطقة الساحل وآسيا الوسطى. وسألت كازاخستان عن كيفية انضمام الدول الأعضاء إلى الشبكة الإقليمية لبنوك البذور."),
                        -2L, text("IsDB and UNDP stressed South-South cooperation and the OIC trade preferential system as levers for development finance.",
                                "La BID et le PNUD ont souligné la coopération Sud-Sud et le système de préférences commerciales de l'OCI comme leviers du financement du développement.",
                                "أكد البنك الإسلامي للتنمية وبرنامج الأمم المتحدة الإنمائي على التعاون فيما بين بلدان الجنوب ونظام الأفضليات التجارية لمنظمة التعاون الإسلامي بوصفهما رافعتين لتمويل التنمية."),
                        -3L, text("SESRIC and ILO reported on vocational training for young people and on shared labour statistics.",
                                "Le SESRIC et l'OIT ont rendu compte de la formation professionnelle des jeunes et des statistiques du travail partagées.",
                                "قدّم مركز سيسرك ومنظمة العمل الدولية تقريرًا عن التدريب المهني للشباب وعن إحصاءات العمل المشتركة.")),
                text("The session recommends that the General Meeting adopt the economic entries of the matrix of joint activities, and that the lead organisations report on their implementation at the next edition.",
                        "La séance recommande à la Réunion générale d'adopter les entrées économiques de la matrice des activités communes et aux organisations chefs de file de rendre compte de leur mise en œuvre à la prochaine édition.",
                        "توصي الجلسة الاجتماع العام باعتماد البنود الاقتصادية في مصفوفة الأنشطة المشتركة، وبأن تقدّم المنظمات الرائدة تقريرًا عن تنفيذها في الدورة المقبلة."));
        reports.importAdopted(roomId, record, texts, "Adopted in Geneva on 20 July 2022 (Word report)");
    }

    private static void astanaPlenary(ReportService reports, long roomId, Map<String, OrganisationSummary> orgs) {
        var now = reports.recordNow(roomId);
        var items = List.of(
                new ReportRecord.Item(-1, 1, t("Opening of the meeting", "Ouverture de la réunion", "افتتاح الاجتماع"),
                        true, List.of(spoke(1, orgs.get("OIC"), FloorKind.STATEMENT, 600),
                        spoke(2, orgs.get("DPPA"), FloorKind.STATEMENT, 540),
                        spoke(3, orgs.get("IOFS"), FloorKind.STATEMENT, 420)), List.of()),
                new ReportRecord.Item(-2, 2, t("Announcements", "Annonces", "إعلانات"), true,
                        List.of(spoke(4, orgs.get("FAO"), FloorKind.STATEMENT, 300)),
                        List.of(new ReportRecord.Statement(-1, acronym(orgs.get("FAO")),
                                "Letter of Intent between IOFS and FAO"))));
        var record = withItems(now, items, List.of("DPPA", "FAO", "OIC", "IOFS"), orgs);
        var texts = new ReportTexts(ReportText.empty(),
                Map.of(-1L, text("The Assistant Secretaries-General of the OIC and of the United Nations opened the 16th General Meeting in Astana, hosted by the Islamic Organization for Food Security, and reviewed cooperation since Geneva 2022.",
                                "Les sous-secrétaires généraux de l'OCI et de l'ONU ont ouvert la 16e Réunion générale à Astana, accueillie par l'Organisation islamique pour la sécurité alimentaire, et ont passé en revue la coopération depuis Genève 2022.",
                                "افتتح الأمينان العامان المساعدان لمنظمة التعاون الإسلامي والأمم المتحدة الاجتماع العام السادس عشر في أستانا، الذي استضافته المنظمة الإسلامية للأمن الغذائي، واستعرضا التعاون منذ اجتماع جنيف 2022."),
                        -2L, text("FAO and IOFS announced a Letter of Intent covering Afghanistan, Chad, Djibouti, the Gambia, Kazakhstan, Mauritania, Nigeria, Somalia and Tajikistan.",
                                "La FAO et l'OISA ont annoncé une lettre d'intention couvrant l'Afghanistan, le Tchad, Djibouti, la Gambie, le Kazakhstan, la Mauritanie, le Nigéria, la Somalie et le Tadjikistan.",
                                "أعلنت منظمة الأغذية والزراعة والمنظمة الإسلامية للأمن الغذائي عن خطاب نوايا يشمل أفغانستان وتشاد وجيبوتي وغامبيا وكازاخستان وموريتانيا ونيجيريا والصومال وطاجيكستان.")),
                text("The plenary proposed a permanent UN–OIC Joint Task Force and an Integrated Data and Information Sharing System.",
                        "La plénière a proposé une équipe spéciale conjointe permanente ONU–OCI et un système intégré de partage des données et de l'information.",
                        "اقترحت الجلسة العامة إنشاء فرقة عمل مشتركة دائمة بين الأمم المتحدة ومنظمة التعاون الإسلامي ونظام متكامل لتبادل البيانات والمعلومات."));
        reports.importAdopted(roomId, record, texts, "Opening plenary summary, adopted in Astana on 22 July 2024");
    }

    private static ReportRecord withItems(ReportRecord now, List<ReportRecord.Item> items, List<String> acronyms,
                                          Map<String, OrganisationSummary> orgs) {
        var organisations = new ArrayList<ReportRecord.Organisation>();
        for (var acronym : acronyms) {
            var o = orgs.get(acronym);
            if (o != null) {
                organisations.add(new ReportRecord.Organisation(o.id(), o.family(), o.name(), o.acronym()));
            }
        }
        organisations.sort(java.util.Comparator.comparing((ReportRecord.Organisation o) -> o.family().ordinal()));
        return new ReportRecord(now.room(), now.kind(), now.editionNumber(), now.city(), now.startDate(),
                now.endDate(), now.coChairs(), organisations, items, now.adoptedEntries());
    }

    private static ReportRecord.Intervention spoke(long id, OrganisationSummary organisation, FloorKind kind,
                                                   long seconds) {
        return new ReportRecord.Intervention(-id, organisation.id(), acronym(organisation), kind, seconds);
    }

    private static LocalizedText acronym(OrganisationSummary organisation) {
        return organisation.acronym().isEmpty() ? organisation.name() : organisation.acronym();
    }

    private static LocalizedText t(String en, String fr, String ar) {
        return LocalizedText.of(en, fr, ar);
    }

    private static ReportText text(String en, String fr, String ar) {
        return ReportText.empty()
                .with(Language.EN, new LanguageText(en, TranslationStatus.FINAL))
                .with(Language.FR, new LanguageText(fr, TranslationStatus.FINAL))
                .with(Language.AR, new LanguageText(ar, TranslationStatus.FINAL));
    }
}
