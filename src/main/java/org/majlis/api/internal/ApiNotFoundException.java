package org.majlis.api.internal;

/**
 * Nothing to answer at this address for this caller: no such path, or something the token may not see (a draft
 * entry, an unpublished record) — answered 404 like a missing one, so that a token learns nothing about drafts.
 */
class ApiNotFoundException extends RuntimeException {

    ApiNotFoundException(String detail) {
        super(detail);
    }
}
