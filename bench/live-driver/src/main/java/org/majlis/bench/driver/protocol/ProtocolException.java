package org.majlis.bench.driver.protocol;

/** The app answered a simulated participant in a way the protocol does not allow (a failed step, not a slow one). */
public final class ProtocolException extends RuntimeException {

    public ProtocolException(String message) {
        super(message);
    }

    public ProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
