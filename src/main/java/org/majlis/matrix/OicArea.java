package org.majlis.matrix;

import org.majlis.base.LocalizedText;

/** A priority area of the OIC-2025 Programme of Action. Retired areas stay readable on old entries. */
public record OicArea(long id, long version, String code, LocalizedText name, int position, boolean active) {
}
