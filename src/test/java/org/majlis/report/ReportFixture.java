package org.majlis.report;

import org.majlis.LiveRoomFixture;
import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorRequestSummary;
import org.majlis.floor.FloorService;
import org.majlis.floor.StatementData;
import org.majlis.floor.StatementService;
import org.springframework.context.ApplicationContext;

import static org.majlis.LiveRoomFixture.as;

/**
 * A fresh room of the current edition ({@link LiveRoomFixture}) with a record: two agenda items; on the first, two
 * delegates of member states spoke (a statement and a question) and the first wrote a statement.
 */
final class ReportFixture {

    final LiveRoomFixture room;
    final AgendaItemSummary first;
    final AgendaItemSummary second;
    final FloorRequestSummary firstSpeech;

    private final AgendaService agenda;
    private final FloorService floor;

    ReportFixture(ApplicationContext context) {
        room = LiveRoomFixture.create(context, 2);
        agenda = context.getBean(AgendaService.class);
        floor = context.getBean(FloorService.class);
        var statements = context.getBean(StatementService.class);
        first = item("Food security", "Sécurité alimentaire", "الأمن الغذائي");
        second = item("Water and climate", "Eau et climat", "المياه والمناخ");
        as(room.chair, () -> agenda.open(room.roomId, first.id()));
        firstSpeech = speak(0, FloorKind.STATEMENT);
        speak(1, FloorKind.QUESTION);
        as(room.delegate(0), () -> statements.submit(room.roomId, firstSpeech.id(), StatementService.NO_STATEMENT,
                new StatementData(LocalizedText.of("Statement on the Letter of Intent\nFull text…", null, null),
                        null, null, false)));
    }

    AgendaItemSummary item(String en, String fr, String ar) {
        return as(room.chair, () -> agenda.create(room.roomId, new AgendaItemData(LocalizedText.of(en, fr, ar),
                LocalizedText.empty(), 30, SpeakingLimits.none())));
    }

    FloorRequestSummary speak(int delegate, FloorKind kind) {
        var request = as(room.delegate(delegate), () -> floor.requestFloor(room.roomId, first.id(),
                room.organisationOf(delegate), kind));
        as(room.chair, () -> floor.grant(room.roomId, request.id(), null));
        return as(room.chair, () -> floor.endIntervention(room.roomId, request.id()));
    }

    /** A text written in the given languages, each final. */
    static ReportText text(String en, String fr, String ar) {
        var text = ReportText.empty();
        if (en != null) {
            text = text.with(Language.EN, new LanguageText(en, TranslationStatus.FINAL));
        }
        if (fr != null) {
            text = text.with(Language.FR, new LanguageText(fr, TranslationStatus.FINAL));
        }
        if (ar != null) {
            text = text.with(Language.AR, new LanguageText(ar, TranslationStatus.FINAL));
        }
        return text;
    }
}
