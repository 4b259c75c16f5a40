/**
 * The matrix on screen: the room's Matrix tab, the entry dialog, history, review, reference lists, and the import
 * dialog — {@link org.majlis.matrix.ui.MatrixImportDialogs}, which the secretariat's Outcome documents page opens
 * too, is exposed to other modules as the named interface {@code matrix::ui}.
 */
@NullMarked
@NamedInterface("ui")
package org.majlis.matrix.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
