/**
 * The exports on screen: the secretariat's Outcome documents view, the Export menu of a room's Matrix tab, and
 * {@link org.majlis.outcome.ui.ExportMenu}, the reusable menu other modules (the room report) put on their pages —
 * exposed to them as the named interface {@code outcome::ui}.
 */
@NullMarked
@NamedInterface("ui")
package org.majlis.outcome.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
