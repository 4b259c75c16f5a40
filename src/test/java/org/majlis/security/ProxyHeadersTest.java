package org.majlis.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS-terminating proxy ({@code server.forward-headers-strategy=native}, as deployments set it), real HTTP
 * requests carrying the proxy's {@code X-Forwarded-*} headers get a {@code Secure} session cookie and a Keycloak
 * redirect to the public https address; a request without them keeps its own. Profile {@code keycloak} with
 * endpoints written out, so no Keycloak has to run (nothing listens at the issuer).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "majlis.oidc.issuer-uri=http://127.0.0.1:1/realms/majlis", "server.forward-headers-strategy=native"})
@ActiveProfiles({"test", "keycloak"})
class ProxyHeadersTest {

    private static final String PUBLIC_HOST = "majlis.example.org";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void through_the_proxy_the_keycloak_redirect_names_the_public_https_address_and_the_session_cookie_is_secure()
            throws Exception {
        var response = startSignIn(true);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(redirectUri(response)).isEqualTo("https://" + PUBLIC_HOST + "/login/oauth2/code/keycloak");
        assertThat(sessionCookie(response)).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void straight_to_the_app_the_redirect_names_the_address_asked_and_the_cookie_is_not_marked_secure()
            throws Exception {
        var response = startSignIn(false);

        assertThat(redirectUri(response)).isEqualTo("http://localhost:" + port + "/login/oauth2/code/keycloak");
        assertThat(sessionCookie(response)).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void the_content_security_policy_lets_sign_in_and_sign_out_forms_reach_keycloak() throws Exception {
        var response = startSignIn(true);

        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("form-action 'self' http://127.0.0.1:1", "frame-ancestors 'none'");
    }

    private HttpResponse<String> startSignIn(boolean throughTheProxy) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/authorization/keycloak"));
        if (throughTheProxy) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", PUBLIC_HOST)
                    .header("X-Forwarded-For", "203.0.113.7");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String redirectUri(HttpResponse<?> response) {
        var location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("http://127.0.0.1:1/realms/majlis/protocol/openid-connect/auth?");
        return Arrays.stream(URI.create(location).getRawQuery().split("&"))
                .filter(parameter -> parameter.startsWith("redirect_uri="))
                .map(parameter -> URLDecoder.decode(parameter.substring("redirect_uri=".length()), StandardCharsets.UTF_8))
                .findFirst().orElseThrow();
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }
}
