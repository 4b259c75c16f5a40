package org.majlis.meetings;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What {@link RoomAccess} looked up for the current HTTP request (who the user is among the participants, their
 * role in a room, whether a room is read-only), so that one request asks the database once, not at every
 * {@code @PreAuthorize} and service check: a delegate's "ask for the floor" checked the same participant and role
 * four times. Outside a request (a push to an open page, a background job) nothing is remembered. A change of roles
 * or of a room's status within the request clears it ({@link RoomAccess#forgetLookups}).
 */
final class RequestMemo {

    private static final String KEY = RequestMemo.class.getName();

    private RequestMemo() {
    }

    @SuppressWarnings("unchecked")
    static <T> Optional<T> get(String key, Supplier<Optional<T>> lookUp) {
        var request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return lookUp.get();
        }
        var memo = (Map<String, Optional<?>>) request.getAttribute(KEY, RequestAttributes.SCOPE_REQUEST);
        if (memo == null) {
            memo = new HashMap<>();
            request.setAttribute(KEY, memo, RequestAttributes.SCOPE_REQUEST);
        }
        var known = memo.get(key);
        if (known == null) {
            known = lookUp.get();
            memo.put(key, known);
        }
        return (Optional<T>) known;
    }

    static void clear() {
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(KEY, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
