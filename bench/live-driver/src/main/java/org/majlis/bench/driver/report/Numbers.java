package org.majlis.bench.driver.report;

import org.HdrHistogram.Histogram;

import java.util.Locale;

/** Formatting of measured values for the tables (milliseconds from nanosecond histograms, sizes, ratios). */
public final class Numbers {

    private Numbers() {
    }

    /** A histogram of nanoseconds up to 10 minutes, 3 significant digits. */
    public static Histogram nanosHistogram() {
        return new Histogram(600_000_000_000L, 3);
    }

    /** "p50 / p90 / p99 / max" in ms, or "–" when nothing was recorded. */
    public static String percentiles(Histogram nanos) {
        if (nanos.getTotalCount() == 0) {
            return "–";
        }
        return ms(nanos.getValueAtPercentile(50)) + " / " + ms(nanos.getValueAtPercentile(90)) + " / "
                + ms(nanos.getValueAtPercentile(99)) + " / " + ms(nanos.getMaxValue());
    }

    public static String ms(long nanos) {
        return Long.toString(Math.round(nanos / 1e6));
    }

    public static String seconds(long nanos) {
        return nanos < 0 ? "–" : String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }

    public static String decimal(double value, int digits) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%." + digits + "f", value);
    }

    public static String count(long value) {
        return value < 0 ? "–" : Long.toString(value);
    }
}
