package org.majlis.agenda;

import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;

/** What the chair enters to create or change an agenda item; the title is a single line. */
public record AgendaItemData(LocalizedText title, LocalizedText description, @Nullable Integer plannedMinutes,
                             SpeakingLimits limits) {

    public AgendaItemData {
        title = title == null ? LocalizedText.empty() : title.singleLine();
        description = description == null ? LocalizedText.empty() : description;
    }
}
