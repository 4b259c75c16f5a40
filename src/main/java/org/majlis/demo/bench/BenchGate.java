package org.majlis.demo.bench;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Stands in front of {@code /bench/**}, before Spring Security: with the bench off the endpoints do not exist (404,
 * whatever else would answer that address); with it on they answer only a client on this machine (a loopback
 * address, else 403), because they change the room and report the process without anyone signing in. Registered
 * by {@link BenchConfiguration}, not as a bean of its own, so that the container runs it once per request.
 */
class BenchGate extends OncePerRequestFilter {

    static final String PATH = "/bench";

    private final boolean enabled;

    BenchGate(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals(PATH) || path.startsWith(PATH + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!enabled) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!isLoopback(request.getRemoteAddr())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the client's address (an IP literal, as the container gives it: no name lookup) is a loopback one. */
    static boolean isLoopback(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()
                || !remoteAddress.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
            return false;
        }
        try {
            return InetAddress.getByName(remoteAddress).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
