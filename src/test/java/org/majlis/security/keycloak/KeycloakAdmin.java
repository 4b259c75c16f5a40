package org.majlis.security.keycloak;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keycloak's admin REST API for the tests, as an operator would use it: read the realm's settings, change the
 * {@code majlis} client, create users, take away a role, end a user's sessions, read the brute-force status. Signs
 * in as the bootstrap admin of the test Keycloak ({@link KeycloakServer}) and talks to Keycloak through the same
 * address as Majlis and the browser, so that the tokens Keycloak issues meanwhile (logout tokens included) name the
 * issuer Majlis expects.
 */
public final class KeycloakAdmin {

    static final String USERNAME = "kc-admin";
    static final String PASSWORD = "kc-admin-test-only";
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() {
    };

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    private KeycloakAdmin(String base) {
        this.base = base;
    }

    /** The admin API of the shared test Keycloak. */
    public static KeycloakAdmin of(KeycloakServer keycloak) {
        var issuer = keycloak.issuerUri();
        return new KeycloakAdmin(issuer.substring(0, issuer.indexOf("/realms/")));
    }

    /** The realm's representation (its settings). */
    public Map<String, Object> realm() {
        return object(send(get("/admin/realms/" + KeycloakServer.REALM)));
    }

    /** The {@code majlis} client's attributes. */
    @SuppressWarnings("unchecked")
    public Map<String, String> clientAttributes() {
        return (Map<String, String>) client().get("attributes");
    }

    /** Changes some attributes of the {@code majlis} client (e.g. its back-channel logout URL). */
    @SuppressWarnings("unchecked")
    public void setClientAttributes(Map<String, String> changes) {
        var client = client();
        var attributes = new LinkedHashMap<>((Map<String, Object>) client.get("attributes"));
        attributes.putAll(changes);
        client.put("attributes", attributes);
        send(put(realmPath("/clients/" + client.get("id")), client));
    }

    /** Creates an enabled user with a verified email, password {@code password} and these realm roles. */
    public String createUser(String username, String password, List<String> realmRoles) {
        var user = Map.of("username", username, "enabled", true, "email", username + "@majlis.example",
                "emailVerified", true, "firstName", "Test", "lastName", username,
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        send(post(realmPath("/users"), user));
        var id = userId(username);
        if (!realmRoles.isEmpty()) {
            send(post(realmPath("/users/" + id + "/role-mappings/realm"), roles(realmRoles)));
        }
        return id;
    }

    /**
     * A public client of the realm that may exchange a username and password for an access token (direct access
     * grant): how a test gets a user's Keycloak access token for the read API without a browser. Created once.
     */
    public void ensurePasswordGrantClient(String clientId) {
        var existing = list(send(get(realmPath("/clients?clientId=" + clientId))));
        if (existing.isEmpty()) {
            send(post(realmPath("/clients"), Map.of("clientId", clientId, "enabled", true, "publicClient", true,
                    "standardFlowEnabled", false, "directAccessGrantsEnabled", true, "protocol", "openid-connect")));
        }
    }

    /** Takes a realm role away from a user (Keycloak says nothing to Majlis about it). */
    public void removeRealmRole(String username, String role) {
        send(request(realmPath("/users/" + userId(username) + "/role-mappings/realm"))
                .header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(write(roles(List.of(role))))));
    }

    /** Signs a user out of every Keycloak session, as the console's "Sign out" on the user does. */
    public void logOut(String username) {
        send(post(realmPath("/users/" + userId(username) + "/logout"), Map.of()));
    }

    /** How many Keycloak sessions the user has. */
    public int sessionCount(String username) {
        return list(send(get(realmPath("/users/" + userId(username) + "/sessions")))).size();
    }

    /** Keycloak's brute-force record of a user: {@code numFailures}, {@code disabled}, … */
    public Map<String, Object> bruteForceStatus(String username) {
        return object(send(get(realmPath("/attack-detection/brute-force/users/" + userId(username)))));
    }

    public String userId(String username) {
        var users = list(send(get(realmPath("/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)))));
        if (users.isEmpty()) {
            throw new IllegalStateException("No Keycloak user " + username);
        }
        return (String) users.getFirst().get("id");
    }

    private Map<String, Object> client() {
        var clients = list(send(get(realmPath("/clients?clientId=" + KeycloakServer.CLIENT_ID))));
        return new LinkedHashMap<>(clients.getFirst());
    }

    private List<Map<String, Object>> roles(List<String> names) {
        return names.stream().map(name -> object(send(get(realmPath("/roles/" + name))))).toList();
    }

    private String token() {
        var form = "grant_type=password&client_id=admin-cli&username=" + USERNAME + "&password=" + PASSWORD;
        var response = send(HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return (String) object(response).get("access_token");
    }

    private static String realmPath(String path) {
        return "/admin/realms/" + KeycloakServer.REALM + path;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token());
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest post(String path, Object body) {
        return request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))).build();
    }

    private HttpRequest put(String path, Object body) {
        return request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body))).build();
    }

    private String send(HttpRequest.Builder request) {
        return send(request.build());
    }

    private String send(HttpRequest request) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> object(String body) {
        return json.readValue(body, OBJECT);
    }

    private List<Map<String, Object>> list(String body) {
        return json.readValue(body, LIST);
    }

    private String write(Object value) {
        return json.writeValueAsString(value);
    }
}
