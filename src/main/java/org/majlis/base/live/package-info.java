/**
 * Live updates: room events are broadcast after commit, coalesced per room and fanned out on a small bounded
 * pool; presence (who is in a room now) is kept from the views' attach and detach.
 */
@NullMarked
package org.majlis.base.live;

import org.jspecify.annotations.NullMarked;
