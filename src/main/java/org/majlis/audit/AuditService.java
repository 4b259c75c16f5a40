package org.majlis.audit;

import org.majlis.audit.internal.AuditQueries;
import org.majlis.audit.internal.AuditSheet;
import org.majlis.base.Language;
import org.majlis.export.Format;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The secretariat's reading of the audit trail: pages of entries newest first, their count, the accounts that appear
 * in it, and CSV/XLSX exports of a filter. Secretariat only: chairs, delegates, rapporteurs, observers and API tokens
 * are refused. There is no write here, nor anywhere on a person's request: entries are written by the change they
 * record, in its transaction (ADR 0051).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class AuditService {

    /** An export holds at most this many entries (the newest); narrow the filter for more. */
    public static final int EXPORT_MAX = 50_000;

    private final AuditQueries queries;
    private final AuditSheet sheet;

    AuditService(AuditQueries queries, AuditSheet sheet) {
        this.queries = queries;
        this.sheet = sheet;
    }

    public List<AuditEntrySummary> entries(AuditFilter filter, long offset, int limit) {
        return queries.page(filter, Math.max(0, offset), Math.clamp(limit, 1, 500));
    }

    public long count(AuditFilter filter) {
        return queries.count(filter);
    }

    public List<String> accounts() {
        return queries.accounts();
    }

    /**
     * The filtered entries, newest first, as a CSV or XLSX file in one language (at most {@link #EXPORT_MAX}).
     * Written on the caller's thread: a download's own request, never the UI's.
     */
    public byte[] export(AuditFilter filter, Format format, Language language) {
        return sheet.write(queries.page(filter, 0, EXPORT_MAX), format, language);
    }
}
