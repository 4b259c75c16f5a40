package org.majlis.demo;

import org.majlis.base.DemoMode;
import org.majlis.base.LocalizedText;
import org.majlis.matrix.MatrixReferenceService;
import org.majlis.matrix.MatrixService;
import org.majlis.meetings.EditionData;
import org.majlis.report.ReportService;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.EditionSummary;
import org.majlis.meetings.OrganisationService;
import org.majlis.meetings.OrganisationSummary;
import org.majlis.meetings.ParticipantData;
import org.majlis.meetings.ParticipantService;
import org.majlis.meetings.RoomAssignment;
import org.majlis.meetings.RoomData;
import org.majlis.meetings.RoomKind;
import org.majlis.meetings.RoomRole;
import org.majlis.meetings.RoomService;
import org.majlis.meetings.RoomSummary;
import org.majlis.security.LocalAccounts;
import org.majlis.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Seeds the demo data on first start in demo mode ({@link DemoMode}), whatever the database. It never runs twice (a
 * marker row), never touches a database that already holds editions, organisations or participants, and never runs
 * outside demo mode.
 */
@Component
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final DemoMode demoMode;
    private final JdbcTemplate jdbc;
    private final EditionService editions;
    private final RoomService rooms;
    private final OrganisationService organisations;
    private final ParticipantService participants;
    private final LocalAccounts localAccounts;
    private final Clock clock;
    private final MatrixService matrix;
    private final MatrixReferenceService matrixReference;
    private final ReportService reports;

    DemoDataSeeder(DemoMode demoMode, JdbcTemplate jdbc, EditionService editions, RoomService rooms,
                   OrganisationService organisations, ParticipantService participants, LocalAccounts localAccounts,
                   Clock clock, MatrixService matrix, MatrixReferenceService matrixReference,
                   ReportService reports) {
        this.reports = reports;
        this.matrix = matrix;
        this.matrixReference = matrixReference;
        this.demoMode = demoMode;
        this.jdbc = jdbc;
        this.editions = editions;
        this.rooms = rooms;
        this.organisations = organisations;
        this.participants = participants;
        this.localAccounts = localAccounts;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.on()) {
            return;
        }
        if (alreadySeeded()) {
            log.debug("Demo data already present");
            return;
        }
        if (!databaseEmpty()) {
            log.info("Not seeding demo data: the database already holds meetings data");
            return;
        }
        var started = System.nanoTime();
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "demo-seeder", null, AuthorityUtils.createAuthorityList("ROLE_" + Roles.ADMIN)));
            seed();
            jdbc.update("INSERT INTO demo_seed (id, seeded_at) VALUES (1, ?)", Timestamp.from(Instant.now(clock)));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
        log.info("Demo data seeded in {} ms; sign in as 'admin' (password '{}')",
                (System.nanoTime() - started) / 1_000_000, LocalAccounts.DEMO_PASSWORD);
    }

    private boolean alreadySeeded() {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM demo_seed", Integer.class);
        return count != null && count > 0;
    }

    private boolean databaseEmpty() {
        var count = jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM edition) + (SELECT COUNT(*) FROM organisation)"
                + " + (SELECT COUNT(*) FROM participant)", Integer.class);
        return count != null && count == 0;
    }

    private void seed() {
        var byAcronym = new HashMap<String, OrganisationSummary>();
        for (var data : DemoOrganisations.ALL) {
            var created = organisations.create(data);
            byAcronym.put(created.acronym().en(), created);
        }
        for (var code : DemoOrganisations.OIC_MEMBER_STATES) {
            byAcronym.put(code, organisations.create(OrganisationService.memberState(code)));
        }

        var geneva = editions.create(new EditionData(15,
                LocalizedText.of("Geneva", "Genève", "جنيف"),
                LocalizedText.of("Palais des Nations", "Palais des Nations", "قصر الأمم"),
                LocalDate.of(2022, 7, 18), LocalDate.of(2022, 7, 20), null, null));
        var astana = editions.create(new EditionData(16,
                LocalizedText.of("Astana", "Astana", "أستانا"),
                LocalizedText.of("Hosted by the Islamic Organization for Food Security",
                        "Accueillie par l'Organisation islamique pour la sécurité alimentaire",
                        "باستضافة المنظمة الإسلامية للأمن الغذائي"),
                LocalDate.of(2024, 7, 22), LocalDate.of(2024, 7, 24), geneva.id(), byAcronym.get("IOFS").id()));
        var genevaRooms = createRooms(geneva);
        var astanaRooms = createRooms(astana);

        for (var person : DemoPeople.ALL) {
            var organisation = byAcronym.get(person.organisation());
            var participant = participants.create(new ParticipantData(person.fullName(),
                    person.username() + "@majlis.example", organisation.id(), person.positionTitle(),
                    person.username()));
            var version = participant.version();
            if (!person.astana().isEmpty()) {
                version = participants.assign(participant.id(), version, astana.id(),
                        assignments(person.astana(), astanaRooms)).version();
            }
            if (!person.geneva().isEmpty()) {
                participants.assign(participant.id(), version, geneva.id(),
                        assignments(person.geneva(), genevaRooms));
            }
            localAccounts.createDemoAccount(person.username(), DemoPeople.ADMIN.equals(person.username()));
        }
        DemoMatrix.seed(matrix, matrixReference, genevaRooms, byAcronym);
        DemoReports.seed(reports, genevaRooms, astanaRooms, byAcronym);
    }

    private Map<RoomKind, RoomSummary> createRooms(EditionSummary edition) {
        var created = new HashMap<RoomKind, RoomSummary>();
        created.put(RoomKind.PLENARY, rooms.create(edition.id(), new RoomData(RoomKind.PLENARY,
                LocalizedText.of("Opening plenary", "Séance plénière d'ouverture", "الجلسة العامة الافتتاحية"), true)));
        created.put(RoomKind.POLITICAL, rooms.create(edition.id(), new RoomData(RoomKind.POLITICAL,
                LocalizedText.of("Cooperation on Political Issues", "Coopération sur les questions politiques",
                        "التعاون في القضايا السياسية"), true)));
        created.put(RoomKind.ECONOMIC_SCIENTIFIC, rooms.create(edition.id(), new RoomData(
                RoomKind.ECONOMIC_SCIENTIFIC,
                LocalizedText.of("Cooperation on Economic and Scientific Issues",
                        "Coopération sur les questions économiques et scientifiques",
                        "التعاون في المسائل الاقتصادية والعلمية"), true)));
        created.put(RoomKind.CULTURAL_SOCIAL_HUMANITARIAN, rooms.create(edition.id(), new RoomData(
                RoomKind.CULTURAL_SOCIAL_HUMANITARIAN,
                LocalizedText.of("Cooperation on Cultural, Social and Humanitarian Issues",
                        "Coopération sur les questions culturelles, sociales et humanitaires",
                        "التعاون في القضايا الثقافية والاجتماعية والإنسانية"), true)));
        return created;
    }

    private static List<RoomAssignment> assignments(Map<RoomKind, RoomRole> roles, Map<RoomKind, RoomSummary> rooms) {
        var result = new ArrayList<RoomAssignment>();
        roles.forEach((kind, role) -> result.add(new RoomAssignment(rooms.get(kind).id(), role)));
        return result;
    }

}
