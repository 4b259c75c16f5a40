package org.majlis.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.majlis.DemoIds;
import org.majlis.security.keycloak.KeycloakAdmin;
import org.majlis.security.keycloak.KeycloakExtension;
import org.majlis.security.keycloak.KeycloakServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read API with real Keycloak access tokens (profile {@code keycloak}): a token of the realm's secretariat
 * (realm role ADMIN) reads every room and the drafts, as the secretariat does on the screens; a token of a user
 * Majlis has not linked to a participant reads no room; a token whose signature was tampered with is refused.
 */
@ExtendWith(KeycloakExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles({"test", "keycloak"})
class KeycloakApiIT {

    private static final String CLIENT = "majlis-api-test";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        registry.add("majlis.oidc.issuer-uri", () -> KeycloakServer.shared().issuerUri());
    }

    @BeforeAll
    static void passwordGrantClient() {
        KeycloakAdmin.of(KeycloakServer.shared()).ensurePasswordGrantClient(CLIENT);
    }

    @Test
    void the_secretariat_s_keycloak_token_reads_every_room_and_the_drafts() throws Exception {
        var token = accessToken("admin");
        var astana = new DemoIds(jdbc).edition(16);

        var rooms = get("/api/v1/rooms?edition=" + astana, token);
        assertThat(rooms.statusCode()).as(rooms.body()).isEqualTo(200);
        assertThat(JSON.readTree(rooms.body()).get("total").asLong()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM room WHERE edition_id = ?", Long.class, astana));

        var entries = json(get("/api/v1/matrix-entries?size=200", token));
        assertThat(entries.get("total").asLong())
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM matrix_entry", Long.class));
    }

    @Test
    void an_unlinked_user_reads_no_room_and_a_tampered_token_is_refused() throws Exception {
        var token = accessToken("guest.unregistered");
        assertThat(json(get("/api/v1/editions", token)).get("total").asLong()).isPositive();
        assertThat(json(get("/api/v1/rooms", token)).get("total").asLong()).isZero();
        var economic = jdbc.queryForObject("SELECT MIN(id) FROM room", Long.class);
        var refused = get("/api/v1/rooms/" + economic + "/agenda", token);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");

        var parts = token.split("\\.");
        var signature = parts[2];
        var flipped = (signature.charAt(5) == 'A' ? 'B' : 'A');
        var tampered = parts[0] + "." + parts[1] + "." + signature.substring(0, 5) + flipped + signature.substring(6);
        var answer = get("/api/v1/editions", tampered);
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
    }

    private String accessToken(String username) throws Exception {
        var form = "grant_type=password&client_id=" + CLIENT + "&username=" + encode(username)
                + "&password=demo&scope=openid";
        var response = http.send(HttpRequest.newBuilder(URI.create(KeycloakServer.shared().issuerUri()
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    private JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
