package org.majlis.agenda;

import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;

/** What the chair enters to create or change an agenda item. */
public record AgendaItemData(LocalizedText title, LocalizedText description, @Nullable Integer plannedMinutes,
                             SpeakingLimits limits) {
}
