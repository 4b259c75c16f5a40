/**
 * Security: who the current user is, the secretariat (ADMIN) role, the sign-in configuration and the local
 * accounts of the embedded default. Room roles are not here: they come from {@code meetings}' assignments.
 */
@NullMarked
package org.majlis.security;

import org.jspecify.annotations.NullMarked;
