package org.majlis.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Refuses a password sign-in ({@code POST /login}) that {@link SignInThrottle} throttles, before the password is
 * even checked, and sends the browser back to the sign-in page with {@code ?throttled=<minutes>}, which says to try
 * again later. It stands in the security filter chain just before the sign-in is processed (after the CSRF check);
 * it is deliberately not a bean, so that the servlet container does not run it a second time for every request.
 * Behind a proxy the client address is the one the server already trusts ({@code server.forward-headers-strategy}).
 */
public class SignInThrottleFilter extends OncePerRequestFilter {

    /** Query parameter of the sign-in page: sign-in is refused for this many more minutes. */
    public static final String THROTTLED = "throttled";
    /** The sign-in form's username field. */
    static final String USERNAME = "username";
    private static final long MAX_MINUTES = 24 * 60;

    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/login");

    private final SignInThrottle throttle;

    public SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SIGN_IN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var refusal = throttle.refusal(request.getParameter(USERNAME), request.getRemoteAddr());
        if (refusal.isPresent()) {
            response.sendRedirect(request.getContextPath() + "/login?" + THROTTLED + "=" + minutes(refusal.get()));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The minutes that the sign-in page's {@value #THROTTLED} parameter says (1 to a day; 1 if unreadable). */
    public static long minutesLeft(List<String> parameter) {
        try {
            var minutes = parameter.isEmpty() ? 1 : Long.parseLong(parameter.getFirst().strip());
            return Math.clamp(minutes, 1, MAX_MINUTES);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Whole minutes, rounded up: "try again in 1 minute" while any of it is left. */
    static long minutes(Duration duration) {
        var seconds = Math.max(1, duration.toSeconds() + (duration.toNanosPart() > 0 ? 1 : 0));
        return (seconds + 59) / 60;
    }
}
