package org.majlis.bench.driver.report;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Where a run ran: cores, OS, JDK and the project's commit, written next to every result. */
public record Machine(int cores, String os, String jdk, String commit) {

    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
                gitCommit());
    }

    /** {@code git rev-parse --short HEAD} in the working directory (the script runs from the repository's root). */
    private static String gitCommit() {
        try {
            var process = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            var out = new String(process.getInputStream().readAllBytes()).trim();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? out : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }

    /** One line for the printed report. */
    public String describe() {
        return cores + " cores, " + os + ", " + jdk + ", commit " + commit;
    }
}
