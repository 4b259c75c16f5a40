/**
 * The read API other systems use ({@code /api/v1}, ADR 0046 and 0047): editions, rooms, organisations, a room's
 * agenda and record, and matrix entries with their review status, as JSON with the three languages of every text;
 * described by OpenAPI at {@code /api/docs}.
 * <p>
 * Callers bring a bearer token: an API token the secretariat issued to their system ({@link
 * org.majlis.api.ApiTokenService}, screen {@code api.ui.ApiTokensView}), or a Keycloak access token that reads as
 * its user would on the screens. The API reads only through the modules' public services, as the caller; an API
 * token sees what is published (adopted entries, adopted records) unless it carries the scope
 * {@link org.majlis.api.ApiScope#DRAFTS}. Rate limit per token (429), ETags (304) and problem details are in
 * {@code internal}.
 */
@NullMarked
package org.majlis.api;

import org.jspecify.annotations.NullMarked;
