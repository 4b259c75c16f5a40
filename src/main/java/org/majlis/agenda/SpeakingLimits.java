package org.majlis.agenda;

import org.jspecify.annotations.Nullable;

/**
 * Speaking-time limits of one agenda item in seconds, per kind of intervention; null means the room's default
 * for that kind applies.
 */
public record SpeakingLimits(@Nullable Integer statement, @Nullable Integer rightOfReply,
                             @Nullable Integer pointOfOrder, @Nullable Integer question) {

    public static SpeakingLimits none() {
        return new SpeakingLimits(null, null, null, null);
    }

    public boolean isEmpty() {
        return statement == null && rightOfReply == null && pointOfOrder == null && question == null;
    }
}
