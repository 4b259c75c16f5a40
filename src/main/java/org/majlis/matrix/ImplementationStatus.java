package org.majlis.matrix;

/** How far an adopted entry of the previous edition has been implemented, as its lead organisations report. */
public enum ImplementationStatus {
    NOT_STARTED,
    ONGOING,
    COMPLETED,
    DISCONTINUED
}
