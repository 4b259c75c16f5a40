package org.majlis.floor;

import org.majlis.base.LocalizedText;

/** The intervention a right of reply or a question answers: its request, speaker and organisation. */
public record ReplyTo(long requestId, String speakerName, LocalizedText organisation) {
}
