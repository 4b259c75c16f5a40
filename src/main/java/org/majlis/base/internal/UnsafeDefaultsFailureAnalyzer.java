package org.majlis.base.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused default secret into Spring Boot's "APPLICATION FAILED TO START" report: what, and what to set. */
class UnsafeDefaultsFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeDefaultsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeDefaultsException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set " + String.join(" and ", cause.settings()) + " to the real secret"
                        + (cause.settings().size() > 1 ? "s" : "") + " of this installation (see docs/security.md,"
                        + " Deployment checklist), or run a demo with MAJLIS_DEMO=true.", cause);
    }
}
