package org.majlis.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;

/**
 * The read API's refusals before a controller runs, as RFC 9457 problem details ({@code application/problem+json}):
 * 401 with {@code WWW-Authenticate: Bearer} when no valid token came (missing, unknown, revoked, expired, bad
 * signature — the answer does not say which, so it tells nothing about tokens), 403 when the token may not read
 * this. Nothing of the token is echoed or logged.
 */
public final class ApiProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException failure) throws IOException {
        var presented = request.getHeader("Authorization") != null;
        response.setHeader("WWW-Authenticate", presented
                ? "Bearer error=\"invalid_token\", error_description=\"The token is unknown, revoked or expired\""
                : "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED, presented
                ? "The bearer token is unknown, revoked or expired."
                : "This API needs a bearer token: an API token from the secretariat or a Keycloak access token.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException refused) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "This token may not read this.");
    }

    static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        // The fields of Spring's ProblemDetail, as the API's controllers answer them (no "type": about:blank).
        var problem = new LinkedHashMap<String, Object>();
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
