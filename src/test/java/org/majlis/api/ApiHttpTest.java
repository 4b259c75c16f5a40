package org.majlis.api;

import io.swagger.v3.parser.OpenAPIV3Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.majlis.DemoIds;
import org.majlis.LiveRoomFixture;
import org.majlis.agenda.AgendaService;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorService;
import org.majlis.matrix.MatrixFixtures;
import org.majlis.matrix.MatrixService;
import org.majlis.meetings.RoomKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read API over real HTTP against the running application and its MariaDB with the demo data: tokens
 * (missing, unknown, revoked), what a token without and with the drafts scope sees, paging, each filter, ETags,
 * the rate limit, problem details and the OpenAPI document. Every test issues its own tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"majlis.api.rate-limit.burst=40", "majlis.api.rate-limit.per-minute=6"})
@ActiveProfiles("test")
class ApiHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> ENDPOINTS = List.of("/api/v1/editions", "/api/v1/editions/{id}",
            "/api/v1/rooms", "/api/v1/rooms/{id}", "/api/v1/rooms/{id}/agenda", "/api/v1/rooms/{id}/record",
            "/api/v1/organisations", "/api/v1/organisations/{id}", "/api/v1/matrix-entries",
            "/api/v1/matrix-entries/{id}");

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    AgendaService agenda;
    @Autowired
    FloorService floor;
    @Autowired
    MatrixService matrix;
    @Autowired
    MatrixFixtures fx;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private DemoIds ids;

    @BeforeEach
    void setUp() {
        ids = new DemoIds(jdbc);
    }

    @Test
    void without_a_token_or_with_an_unknown_one_every_endpoint_is_refused_with_a_401_problem() throws Exception {
        for (var endpoint : ENDPOINTS) {
            var path = endpoint.replace("{id}", "1");
            var none = get(path, null);
            assertThat(none.statusCode()).as(path).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).as(path).hasValue("Bearer");
            assertProblem(none, 401, path);
        }
        var unknown = get("/api/v1/editions", "mjl_" + "A".repeat(43));
        assertProblem(unknown, 401, "/api/v1/editions");
        assertThat(unknown.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
        assertThat(unknown.body()).doesNotContain("AAAA");
        // Not an API token and no Keycloak here: refused the same way.
        assertProblem(get("/api/v1/editions", "eyJhbGciOiJub25lIn0.e30."), 401, "/api/v1/editions");
    }

    @Test
    void a_revoked_token_is_refused_at_its_next_request() throws Exception {
        var issued = issue("revoked-" + System.nanoTime());
        assertThat(get("/api/v1/editions", issued.token()).statusCode()).isEqualTo(200);

        asAdmin(() -> tokens.revoke(issued.summary().id()));

        assertProblem(get("/api/v1/editions", issued.token()), 401, "/api/v1/editions");
        assertThat(asAdmin(() -> tokens.list()).stream().filter(t -> t.id() == issued.summary().id())
                .findFirst().orElseThrow().revoked()).isTrue();
    }

    @Test
    void tokens_are_stored_hashed_and_shown_once() {
        var issued = issue("hashed-" + System.nanoTime());
        assertThat(issued.token()).startsWith("mjl_").hasSize(47);
        var stored = jdbc.queryForMap("SELECT * FROM api_token WHERE id = ?", issued.summary().id());
        assertThat(stored.values().stream().map(String::valueOf)).noneMatch(v -> v.contains(issued.token()));
        assertThat(stored.get("token_hash")).asString().hasSize(64);
        assertThat(issued.summary().prefix()).isEqualTo(issued.token().substring(0, 10));
        assertThat(issued.toString()).doesNotContain(issued.token());
    }

    @Test
    void a_token_without_the_drafts_scope_sees_adopted_entries_only_and_a_draft_is_not_found() throws Exception {
        var published = issue("published-" + System.nanoTime());
        var drafts = issue("drafts-" + System.nanoTime(), ApiScope.DRAFTS);
        var draft = MatrixFixtures.as("eco.rapporteur", () -> matrix.draft(fx.astanaEco(),
                fx.foodSecurity(MatrixFixtures.uniqueCode()), null)).entry();

        var adoptedOnly = json(get("/api/v1/matrix-entries?size=200", published.token()));
        var all = json(get("/api/v1/matrix-entries?size=200", drafts.token()));

        var adopted = jdbc.queryForObject("SELECT COUNT(*) FROM matrix_entry WHERE status = 'ADOPTED'", Long.class);
        assertThat(adopted).isPositive();
        assertThat(statuses(adoptedOnly)).containsOnly("ADOPTED");
        assertThat(adoptedOnly.get("total").asLong()).isEqualTo(adopted);
        assertThat(all.get("total").asLong()).isEqualTo(
                jdbc.queryForObject("SELECT COUNT(*) FROM matrix_entry", Long.class));
        var draftId = draft.id();
        var draftStatus = draft.status().name();
        assertThat(statuses(all)).contains("ADOPTED", draftStatus);
        // Asking for that status without the scope finds none; the entry by its id is "not found", as if missing.
        assertThat(json(get("/api/v1/matrix-entries?status=" + draftStatus.toLowerCase(), published.token()))
                .get("total").asLong()).isZero();
        assertProblem(get("/api/v1/matrix-entries/" + draftId, published.token()), 404,
                "/api/v1/matrix-entries/" + draftId);
        assertThat(json(get("/api/v1/matrix-entries/" + draftId, drafts.token())).get("status").asString())
                .isEqualTo(draftStatus);
    }

    @Test
    void every_text_comes_in_the_three_languages() throws Exception {
        var token = issue("languages-" + System.nanoTime()).token();
        var organisations = json(get("/api/v1/organisations?family=UN&size=200", token)).get("items");
        var fao = stream(organisations).filter(o -> "FAO".equals(o.get("acronym").get("en").asString()))
                .findFirst().orElseThrow();
        assertThat(fao.get("name").get("en").asString()).isNotBlank();
        assertThat(fao.get("name").get("fr").asString()).isNotBlank();
        assertThat(fao.get("name").get("ar").asString()).isNotBlank();
        var room = json(get("/api/v1/rooms/" + ids.room(16, RoomKind.ECONOMIC_SCIENTIFIC), token));
        assertThat(room.get("title").propertyNames()).containsExactly("en", "fr", "ar");
    }

    @Test
    void lists_are_paged_with_a_total_and_links_and_a_page_too_large_is_a_400() throws Exception {
        var token = issue("paging-" + System.nanoTime()).token();
        var total = jdbc.queryForObject("SELECT COUNT(*) FROM organisation", Long.class);

        var first = json(get("/api/v1/organisations?size=7", token));
        assertThat(first.get("items")).hasSize(7);
        assertThat(first.get("total").asLong()).isEqualTo(total);
        assertThat(first.get("totalPages").asInt()).isEqualTo((int) ((total + 6) / 7));
        assertThat(first.get("links").get("next").asString()).contains("page=1").contains("size=7");
        assertThat(first.has("links") && first.get("links").has("prev")).isFalse();

        var seen = new HashSet<Long>();
        for (var page = 0; page < first.get("totalPages").asInt(); page++) {
            var items = json(get("/api/v1/organisations?size=7&page=" + page, token)).get("items");
            stream(items).forEach(o -> assertThat(seen.add(o.get("id").asLong())).isTrue());
        }
        assertThat(seen).hasSize((int) (long) total);

        var tooLarge = get("/api/v1/organisations?size=201&page=-1", token);
        assertProblem(tooLarge, 400, "/api/v1/organisations");
        var errors = JSON.readTree(tooLarge.body()).get("errors");
        assertThat(errors.propertyNames()).containsExactlyInAnyOrder("size", "page");
    }

    @Test
    void each_filter_narrows_the_matrix_entries_as_the_database_says() throws Exception {
        var token = issue("filters-" + System.nanoTime(), ApiScope.DRAFTS).token();
        var astana = ids.edition(16);
        var geneva = ids.edition(15);
        var economic = ids.room(16, RoomKind.ECONOMIC_SCIENTIFIC);

        assertThat(total("/api/v1/matrix-entries?edition=" + geneva, token)).isEqualTo(count(geneva, "1 = 1"));
        assertThat(total("/api/v1/matrix-entries?room=" + economic, token)).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM matrix_entry WHERE room_id = ?", Long.class, economic));
        assertThat(total("/api/v1/matrix-entries?status=SUBMITTED&edition=" + astana, token))
                .isEqualTo(count(astana, "status = 'SUBMITTED'"));
        assertThat(total("/api/v1/matrix-entries?status=adopted&edition=" + geneva, token))
                .isEqualTo(count(geneva, "status = 'ADOPTED'")).isPositive();
        var sdg = jdbc.queryForObject("SELECT sdg_number FROM matrix_entry_sdg LIMIT 1", Integer.class);
        var bySdg = json(get("/api/v1/matrix-entries?size=200&sdg=" + sdg, token));
        assertThat(bySdg.get("total").asLong()).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM matrix_entry"
                + " e WHERE EXISTS (SELECT 1 FROM matrix_entry_sdg s WHERE s.entry_id = e.id AND s.sdg_number = ?)",
                Long.class, sdg)).isPositive();
        stream(bySdg.get("items")).forEach(e -> assertThat(stream(e.get("sdgs")).map(JsonNode::asInt)).contains(sdg));
        var fao = jdbc.queryForObject("SELECT id FROM organisation WHERE acronym_en = 'FAO'", Long.class);
        var byOrganisation = json(get("/api/v1/matrix-entries?size=200&organisation=" + fao, token));
        assertThat(byOrganisation.get("total").asLong()).isPositive();
        stream(byOrganisation.get("items")).forEach(e -> assertThat(
                e.get("leadUnId").asLong() == fao || e.get("leadOicId").asLong() == fao
                        || stream(e.get("partnerIds")).anyMatch(p -> p.asLong() == fao)).isTrue());
        // updatedSince: the newest entry's own instant keeps it; a later date keeps nothing.
        var newest = jdbc.queryForObject("SELECT MAX(updated_at) FROM matrix_entry", java.sql.Timestamp.class)
                .toInstant();
        assertThat(total("/api/v1/matrix-entries?updatedSince=" + newest, token)).isPositive();
        assertThat(total("/api/v1/matrix-entries?updatedSince=2999-01-01", token)).isZero();
        // The room and edition disagree: nothing. Bad values: 400 naming each parameter.
        assertThat(total("/api/v1/matrix-entries?edition=" + geneva + "&room=" + economic, token)).isZero();
        var bad = get("/api/v1/matrix-entries?status=FINISHED&sdg=18&updatedSince=yesterday&organisation=x"
                + "&edition=0", token);
        assertProblem(bad, 400, "/api/v1/matrix-entries");
        assertThat(JSON.readTree(bad.body()).get("errors").propertyNames())
                .containsExactlyInAnyOrder("status", "sdg", "updatedSince", "organisation", "edition");
    }

    @Test
    void rooms_agenda_and_unknown_ids() throws Exception {
        var token = issue("rooms-" + System.nanoTime()).token();
        var astana = ids.edition(16);
        var rooms = json(get("/api/v1/rooms?edition=" + astana, token));
        assertThat(rooms.get("total").asLong()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM room WHERE edition_id = ?", Long.class, astana));
        var economic = ids.room(16, RoomKind.ECONOMIC_SCIENTIFIC);
        var agenda = json(get("/api/v1/rooms/" + economic + "/agenda", token));
        assertThat(agenda.get("items")).hasSize(jdbc.queryForObject(
                "SELECT COUNT(*) FROM agenda_item WHERE room_id = ?", Integer.class, economic));
        assertThat(json(get("/api/v1/editions", token)).get("items").get(0).get("current").asBoolean()).isTrue();

        assertProblem(get("/api/v1/rooms/999999999", token), 404, "/api/v1/rooms/999999999");
        assertProblem(get("/api/v1/editions/999999999", token), 404, "/api/v1/editions/999999999");
        assertProblem(get("/api/v1/rooms/abc", token), 400, "/api/v1/rooms/abc");
        assertProblem(get("/api/v1/no-such-thing", token), 404, "/api/v1/no-such-thing");
    }

    @Test
    void a_record_is_published_with_its_adopted_report_and_read_earlier_only_with_the_drafts_scope() throws Exception {
        var published = issue("record-" + System.nanoTime()).token();
        var drafts = issue("record-drafts-" + System.nanoTime(), ApiScope.DRAFTS).token();

        // The demo's adopted reports: their record is the report's own (kept outside Majlis: no speaker, no times).
        var adopted = jdbc.queryForObject("SELECT room_id FROM room_report WHERE status = 'ADOPTED' LIMIT 1",
                Long.class);
        var record = json(get("/api/v1/rooms/" + adopted + "/record", published));
        assertThat(record.get("reportStatus").asString()).isEqualTo("ADOPTED");
        assertThat(record.get("source").asString()).isEqualTo("ADOPTED_REPORT");
        assertThat(record.get("interventions").size()).isPositive();
        var spoke = record.get("interventions").get(0);
        assertThat(spoke.get("organisation").get("en").asString()).isNotBlank();
        assertThat(spoke.get("agendaItemTitle").get("en").asString()).isNotBlank();
        assertThat(spoke.get("seconds").asLong()).isPositive();

        // A room in session: someone speaks; the record is not published until the report is adopted.
        var room = LiveRoomFixture.create(context, 1);
        var item = LiveRoomFixture.as(room.chair, () -> room.openItem(agenda, "Record test item"));
        var request = LiveRoomFixture.as(room.delegate(0), () -> floor.requestFloor(room.roomId, item.id(),
                room.organisationOf(0), FloorKind.STATEMENT));
        LiveRoomFixture.as(room.chair, () -> floor.grantNext(room.roomId, item.id(), null));
        LiveRoomFixture.as(room.chair, () -> floor.endIntervention(room.roomId, request.id()));

        var path = "/api/v1/rooms/" + room.roomId + "/record";
        assertProblem(get(path, published), 404, path);
        var early = json(get(path, drafts));
        assertThat(early.get("source").asString()).isEqualTo("FLOOR");
        assertThat(early.get("reportStatus").isNull()).isTrue();
        assertThat(early.get("interventions")).hasSize(1);
        var first = early.get("interventions").get(0);
        assertThat(first.get("id").asLong()).isEqualTo(request.id());
        assertThat(first.get("speaker").asString()).isEqualTo("Person " + room.delegate(0));
        assertThat(first.get("organisationId").asLong()).isEqualTo(room.organisationOf(0));
        assertThat(first.get("agendaItemTitle").get("en").asString()).isEqualTo("Record test item");
        assertThat(first.get("kind").asString()).isEqualTo("STATEMENT");
        assertThat(first.get("startedAt").asString()).endsWith("Z");
        assertThat(first.get("endedAt").asString()).endsWith("Z");
        assertThat(first.get("seconds").asLong()).isNotNegative();
    }

    @Test
    void every_answer_has_an_etag_and_if_none_match_gives_304_until_the_data_changes() throws Exception {
        var token = issue("etag-" + System.nanoTime()).token();
        var first = get("/api/v1/organisations?size=200", token);
        var etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("private, no-cache");

        var again = send(request("/api/v1/organisations?size=200", token).header("If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        var someId = jdbc.queryForObject("SELECT MIN(id) FROM organisation WHERE name_fr IS NOT NULL", Long.class);
        var name = jdbc.queryForObject("SELECT name_fr FROM organisation WHERE id = ?", String.class, someId);
        jdbc.update("UPDATE organisation SET name_fr = ? WHERE id = ?", name + " (ETag)", someId);
        try {
            var changed = send(request("/api/v1/organisations?size=200", token).header("If-None-Match", etag));
            assertThat(changed.statusCode()).isEqualTo(200);
            assertThat(changed.headers().firstValue("ETag")).isPresent().isNotEqualTo(etag);
        } finally {
            jdbc.update("UPDATE organisation SET name_fr = ? WHERE id = ?", name, someId);
        }
        for (var path : List.of("/api/v1/editions", "/api/v1/rooms", "/api/v1/matrix-entries")) {
            assertThat(get(path, token).headers().firstValue("ETag")).as(path).isPresent();
        }
    }

    @Test
    void a_token_over_its_rate_gets_429_with_retry_after_and_other_tokens_are_not_slowed() throws Exception {
        var greedy = issue("greedy-" + System.nanoTime()).token();
        var other = issue("other-" + System.nanoTime()).token();
        var statuses = new ArrayList<Integer>();
        HttpResponse<String> limited = null;
        for (var i = 0; i < 45 && limited == null; i++) {
            var response = get("/api/v1/editions", greedy);
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                limited = response;
            }
        }
        assertThat(limited).as("429 within 45 requests; got %s", statuses).isNotNull();
        assertThat(statuses.stream().filter(s -> s == 200).count()).isBetween(40L, 41L);
        assertProblem(limited, 429, "/api/v1/editions");
        // 6 a minute: the next request is possible in about 10 s.
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 10L);
        assertThat(get("/api/v1/editions", other).statusCode()).isEqualTo(200);
    }

    @Test
    void the_api_changes_nothing_and_ignores_sessions() throws Exception {
        var token = issue("readonly-" + System.nanoTime(), ApiScope.DRAFTS).token();
        var post = send(request("/api/v1/editions", token).POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json"));
        assertProblem(post, 403, "/api/v1/editions");
        var answer = get("/api/v1/editions", token);
        assertThat(answer.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void a_signed_in_session_counts_for_nothing_on_the_api() throws Exception {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var loginPage = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        var csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).as("the sign-in page's CSRF token").isTrue();
        var form = "username=admin&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        var signedIn = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

        // The secretariat's session cookie goes along, and the API still wants a token.
        var api = browser.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/editions")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(api, 401, "/api/v1/editions");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void a_token_is_never_written_to_the_log(CapturedOutput output) throws Exception {
        var issued = issue("logged-" + System.nanoTime(), ApiScope.DRAFTS);
        get("/api/v1/editions", issued.token());
        asAdmin(() -> tokens.revoke(issued.summary().id()));
        get("/api/v1/editions", issued.token());

        assertThat(output.getAll()).contains("API token " + issued.summary().id() + " issued")
                .contains("API token " + issued.summary().id() + " (")
                .doesNotContain(issued.token())
                .doesNotContain(issued.token().substring(10));
    }

    @Test
    void the_openapi_document_is_valid_and_describes_every_endpoint_and_both_kinds_of_token() throws Exception {
        var document = send(HttpRequest.newBuilder(URI.create(base() + "/api/openapi")).GET());
        assertThat(document.statusCode()).isEqualTo(200);
        var parsed = new OpenAPIV3Parser().readContents(document.body());
        assertThat(parsed.getMessages()).as("the parser's complaints").isEmpty();
        var api = parsed.getOpenAPI();
        assertThat(api.getPaths().keySet()).containsExactlyInAnyOrderElementsOf(ENDPOINTS);
        api.getPaths().forEach((path, item) -> {
            assertThat(item.getGet()).as(path).isNotNull();
            assertThat(item.getGet().getSummary()).as(path).isNotBlank();
            assertThat(item.getGet().getResponses()).as(path).containsKeys("200", "401", "404", "429");
        });
        var schemes = api.getComponents().getSecuritySchemes();
        assertThat(schemes).containsKeys("apiToken", "keycloak");
        assertThat(schemes.get("apiToken").getScheme()).isEqualTo("bearer");
        assertThat(schemes.get("keycloak").getBearerFormat()).isEqualTo("JWT");
        assertThat(api.getSecurity()).hasSize(2);
        var entries = api.getPaths().get("/api/v1/matrix-entries").getGet().getParameters().stream()
                .map(p -> p.getName()).toList();
        assertThat(entries).contains("edition", "room", "status", "organisation", "sdg", "updatedSince", "page",
                "size");
        // The browsable description.
        var browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        var ui = browser.send(HttpRequest.newBuilder(URI.create(base() + "/api/docs")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }

    // --- helpers

    private IssuedApiToken issue(String name, ApiScope... scopes) {
        var set = scopes.length == 0 ? EnumSet.noneOf(ApiScope.class) : EnumSet.copyOf(List.of(scopes));
        return asAdmin(() -> tokens.issue(name, set));
    }

    private static <T> T asAdmin(Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, AuthorityUtils.createAuthorityList("ROLE_USER", "ROLE_ADMIN")));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private long count(long editionId, String condition) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM matrix_entry e JOIN room r ON r.id = e.room_id"
                + " WHERE r.edition_id = ? AND " + condition, Long.class, editionId);
    }

    private long total(String path, String token) throws Exception {
        return json(get(path, token)).get("total").asLong();
    }

    private static Set<String> statuses(JsonNode page) {
        var found = new HashSet<String>();
        stream(page.get("items")).forEach(e -> found.add(e.get("status").asString()));
        return found;
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        var list = new ArrayList<JsonNode>();
        array.forEach(list::add);
        return list.stream();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String path) throws Exception {
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(path)
                .startsWith("application/problem+json");
        var problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("instance").asString()).isEqualTo(path.replaceAll("\\?.*", ""));
        // RFC 9457: no type means "about:blank", the status code says it all.
        assertThat(problem.has("type") ? problem.get("type").asString() : "about:blank").isEqualTo("about:blank");
    }

    private JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return send(request(path, token));
    }

    private HttpRequest.Builder request(String path, String token) {
        var builder = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

}
