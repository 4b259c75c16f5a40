package org.majlis.matrix;

import org.majlis.base.LocalizedText;

/** One of the 17 Sustainable Development Goals, with its short name. */
public record SdgGoal(int number, long version, LocalizedText name) {
}
