package org.majlis.matrix;

/** Told how far a preview has come, from the thread that makes it (the screen pushes it to the progress bar). */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> {
    };

    void rows(int done, int total);
}
