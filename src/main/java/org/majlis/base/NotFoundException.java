package org.majlis.base;

/** The record asked for does not exist (any more). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, long id) {
        super(what + " " + id + " not found");
    }
}
