/**
 * Three-way merge of a stale save, field by field, shared by the modules whose records people edit together.
 */
@NullMarked
package org.majlis.base.merge;

import org.jspecify.annotations.NullMarked;
