package org.majlis.e2e;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What every benchmark's report has: a title with the time, the machine, percentiles, and where it is written. */
public final class BenchReport {

    private final List<String> lines = new ArrayList<>();

    public BenchReport(String title) {
        var os = ManagementFactory.getOperatingSystemMXBean();
        lines.add("# " + title + " — " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        lines.add("");
        lines.add("Machine: " + os.getAvailableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version")
                + String.format(Locale.ROOT, ", load average at the end %.2f", os.getSystemLoadAverage()));
    }

    public BenchReport line(String line) {
        lines.add(line);
        return this;
    }

    /** Writes the report to {@code target/bench/<file>} and prints it with a {@code [bench]} prefix. */
    public void write(String file) throws IOException {
        var out = Path.of("target", "bench", file);
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        lines.forEach(line -> System.out.println("[bench] " + line));
    }

    /** Nearest-rank percentile of sorted samples. */
    public static long percentile(List<Long> sorted, int p) {
        var rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
