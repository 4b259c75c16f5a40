package org.majlis.audit.internal;

import org.majlis.audit.AuditAction;
import org.majlis.audit.AuditEntrySummary;
import org.majlis.base.Language;
import org.majlis.base.ui.Translations;
import org.majlis.export.Doc;
import org.majlis.export.DocumentWriters;
import org.majlis.export.Format;
import org.majlis.export.Sheet;
import org.majlis.export.Translated;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The filtered trail as a CSV or XLSX file in one language, through the export module's writers (ADR 0040: UTF-8
 * with a byte order mark and formula-like values neutralised in CSV; a right-to-left sheet in Arabic XLSX). Headers
 * kinds and actions are translated; details stay as recorded (field names and values).
 */
@Component
public class AuditSheet {

    static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private static final List<String> HEADERS = List.of("audit.column.at", "audit.column.account",
            "audit.column.name", "audit.column.actor-kind", "audit.column.kind", "audit.column.record",
            "audit.column.action", "audit.column.action-code", "audit.column.edition", "audit.column.room", "audit.column.detail");

    private final DocumentWriters writers;
    private final Translations translations;

    AuditSheet(DocumentWriters writers, Translations translations) {
        this.writers = writers;
        this.translations = translations;
    }

    public byte[] write(List<AuditEntrySummary> entries, Format format, Language language) {
        if (format != Format.CSV && format != Format.XLSX) {
            throw new IllegalArgumentException("The audit trail is exported as CSV or XLSX, not " + format);
        }
        var headers = HEADERS.stream().map(key -> text(key, language)).toList();
        var rows = entries.stream().map(entry -> List.of(
                Translated.same(UTC_TIME.format(entry.at())), Translated.same(entry.actorUsername()),
                Translated.same(entry.actorName()),
                text("audit.actor-kind." + entry.actorKind().name(), language),
                text("audit.kind." + entry.kind().name(), language),
                Translated.same(entry.recordId() == null ? "" : String.valueOf(entry.recordId())),
                action(entry.action(), language), Translated.same(entry.action()),
                Translated.same(entry.editionId() == null ? "" : String.valueOf(entry.editionId())),
                Translated.same(entry.roomId() == null ? "" : String.valueOf(entry.roomId())),
                Translated.same(entry.detail()))).toList();
        var out = new ByteArrayOutputStream();
        try {
            writers.write(List.of(new Sheet(text("audit.title", language), new Doc.Table(headers, rows))), format,
                    language, translations::fallbackMark, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The action's label in the sheet's language; a code this version does not know, as stored. */
    private Translated action(String code, Language language) {
        return AuditAction.of(code).map(known -> text(known.labelKey(), language)).orElse(Translated.same(code));
    }

    private Translated text(String key, Language language) {
        return Translated.same(translations.getTranslation(key, language.locale()));
    }
}
