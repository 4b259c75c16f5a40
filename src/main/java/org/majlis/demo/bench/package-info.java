/**
 * Bench-only support for the live-room load driver ({@code bench/live-driver}, run by {@code bench/live-load.sh}):
 * a switch ({@code majlis.bench.enabled}, demo mode only) that creates many participants of one room, and the
 * loopback-only {@code /bench/**} endpoints that prepare the room's floor and report the process's costs. Nothing
 * here is active unless the switch is on.
 */
@NullMarked
package org.majlis.demo.bench;

import org.jspecify.annotations.NullMarked;
