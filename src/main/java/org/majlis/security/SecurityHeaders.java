package org.majlis.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import java.net.URI;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The response headers of every page (both ways of signing in; see ADR 0038):
 * <ul>
 *   <li>{@code Content-Security-Policy}: everything from Majlis' own origin only. Vaadin Flow needs
 *   {@code 'unsafe-inline'} and {@code 'unsafe-eval'} for scripts (its bootstrap is an inline script, and its client
 *   engine builds functions from the expressions the server sends: {@code executeJs}, event data) and
 *   {@code 'unsafe-inline'} for styles (components set style attributes); images and fonts may also be
 *   {@code data:} URIs (Lumo's icons); the push connection is same-origin ({@code connect-src 'self'} covers its
 *   WebSocket). No frames of or for anyone ({@code frame-ancestors 'none'}), no plugins, no {@code <base>}; forms post
 *   to Majlis and, when signing in and out through Keycloak, to the identity provider.</li>
 *   <li>{@code X-Frame-Options: DENY} for browsers that predate frame-ancestors, {@code X-Content-Type-Options:
 *   nosniff}, {@code Referrer-Policy: strict-origin-when-cross-origin} (other sites see no paths, which hold ids).</li>
 * </ul>
 */
final class SecurityHeaders {

    private SecurityHeaders() {
    }

    /** The policy, with the origins (besides Majlis' own) that forms may be sent to. */
    static String contentSecurityPolicy(String... formTargets) {
        var forms = Arrays.stream(formTargets).map(SecurityHeaders::origin).collect(Collectors.joining(" "));
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "frame-ancestors 'none'",
                ("form-action 'self' " + forms).strip());
    }

    static void apply(HttpSecurity http, String... formTargets) throws Exception {
        var policy = contentSecurityPolicy(formTargets);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(options -> {
                })
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        // Before the request reaches Vaadin: written on commit, they went missing from the pages
                        // Vaadin renders (the sign-in page had none, and Vaadin's own X-Frame-Options: SAMEORIGIN).
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
    }

    /** {@code https://sso.example.org/realms/majlis} → {@code https://sso.example.org}. */
    static String origin(String uri) {
        var parsed = URI.create(uri);
        return parsed.getScheme() + "://" + parsed.getRawAuthority();
    }
}
