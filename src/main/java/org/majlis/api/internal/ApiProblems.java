package org.majlis.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.majlis.base.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * The API's errors as RFC 9457 problem details ({@code application/problem+json}, Spring's {@link ProblemDetail}):
 * 400 with {@code errors} (parameter → why), 403, 404, 429 with {@code Retry-After}, and 500 with a reference the
 * log repeats (never a stack trace). The refusals before a controller (401, and 403 from the filter chain) are
 * written the same way by the security module.
 */
@RestControllerAdvice(assignableTypes = ApiV1Controller.class)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @ExceptionHandler(ApiBadRequestException.class)
    ResponseEntity<ProblemDetail> badRequest(ApiBadRequestException failure, HttpServletRequest request) {
        var problem = problem(HttpStatus.BAD_REQUEST, "Some parameters cannot be used: see errors.", request);
        problem.setProperty("errors", failure.errors());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badPath(MethodArgumentTypeMismatchException failure, HttpServletRequest request) {
        var problem = problem(HttpStatus.BAD_REQUEST, "Some parameters cannot be used: see errors.", request);
        problem.setProperty("errors", Map.of(failure.getName(), "must be a positive whole number"));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler({NotFoundException.class, ApiNotFoundException.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException failure, HttpServletRequest request) {
        var detail = failure instanceof ApiNotFoundException ? failure.getMessage() : "Not found.";
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, detail, request));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> refused(AccessDeniedException failure, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(problem(HttpStatus.FORBIDDEN, "This token may not read this.", request));
    }

    @ExceptionHandler(ApiRateLimitedException.class)
    ResponseEntity<ProblemDetail> tooMany(ApiRateLimitedException failure, HttpServletRequest request) {
        var problem = problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests with this token; retry after "
                + failure.retryAfterSeconds() + " seconds.", request);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(failure.retryAfterSeconds()))
                .body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) {
        var reference = HexFormat.of().withUpperCase().toHexDigits(RANDOM.nextInt());
        log.error("Unexpected error in the read API, reference {} ({})", reference, request.getRequestURI(), failure);
        var problem = problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong; reference " + reference + ".", request);
        problem.setProperty("reference", reference);
        return ResponseEntity.internalServerError().body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String detail, HttpServletRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}
