package org.majlis.permissions;

import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.meetings.RoomKind;
import org.majlis.permissions.PermissionWorld.Cast;
import org.majlis.permissions.Stage.Target;
import org.majlis.report.LanguageText;
import org.majlis.report.ReportPart;
import org.majlis.report.ReportRecord;
import org.majlis.report.ReportService;
import org.majlis.report.ReportTexts;
import org.majlis.report.RoomReport;
import org.majlis.report.TranslationStatus;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;

import static org.majlis.permissions.Actors.as;

/**
 * Brings a room's report into the state an action of the permission table needs. A room has one report, so every
 * set-up first removes the room's report (as the database's owner, not through a service) and makes a new one as
 * the room's rapporteur.
 */
final class ReportStage {

    private final ReportService reports;
    private final JdbcTemplate jdbc;

    ReportStage(ApplicationContext context) {
        this.reports = context.getBean(ReportService.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    /** A room without a report. */
    Target none(Cast cast) {
        jdbc.update("DELETE FROM room_report WHERE room_id = ?", cast.roomId());
        return Target.room(cast.roomId());
    }

    /** A room without a report, and a report kept in Word to import. */
    Target toImport(Cast cast) {
        none(cast);
        var record = new ReportRecord(LocalizedText.of("Imported room", null, null), RoomKind.OTHER, 15,
                LocalizedText.of("Geneva", null, null), LocalDate.of(2022, 7, 18), LocalDate.of(2022, 7, 20),
                List.of(), List.of(), List.of(), List.of());
        return Target.room(cast.roomId()).with(new Object[]{record, texts(List.of())});
    }

    /** A new draft with a changed text, so it has two revisions; {@code data} is a further change. */
    Target draft(Cast cast) {
        none(cast);
        var started = as(cast.rapporteur(), () -> reports.start(cast.roomId()));
        var edited = as(cast.rapporteur(), () -> reports.save(cast.roomId(), started.version(),
                started.texts().with(ReportPart.RECOMMENDATIONS, Language.EN,
                        new LanguageText("First draft", TranslationStatus.DRAFT)), null));
        return target(edited).with(edited.texts().with(ReportPart.RECOMMENDATIONS, Language.FR,
                new LanguageText("Premier projet", TranslationStatus.DRAFT)));
    }

    /** A submitted report with every text written in every language, so that it can be adopted. */
    Target submitted(Cast cast) {
        none(cast);
        var started = as(cast.rapporteur(), () -> reports.start(cast.roomId()));
        var written = as(cast.rapporteur(), () -> reports.save(cast.roomId(), started.version(),
                texts(started.record().itemIdsOnAgenda()), null));
        return target(as(cast.rapporteur(), () -> reports.submit(cast.roomId(), written.version())));
    }

    private static Target target(RoomReport report) {
        return new Target(report.roomId(), report.id(), report.version(), 1);
    }

    private static ReportTexts texts(List<Long> itemIds) {
        var texts = ReportTexts.empty();
        for (var language : Language.values()) {
            var text = new LanguageText("Text " + language, TranslationStatus.FINAL);
            texts = texts.with(ReportPart.RECOMMENDATIONS, language, text);
            for (var id : itemIds) {
                texts = texts.with(ReportPart.summary(id), language, text);
            }
        }
        return texts;
    }
}
