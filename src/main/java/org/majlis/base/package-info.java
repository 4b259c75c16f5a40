/**
 * Shared kernel: localised text, input errors, the clock, the embedded database, the main layout and the
 * locale/right-to-left handling. Open to every other module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.majlis.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
