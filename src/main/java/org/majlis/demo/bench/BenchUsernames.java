package org.majlis.demo.bench;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The bench participants' usernames, {@code bench.obs.00001} … and {@code bench.del.00001} …: fixed-width numbers,
 * so that they sort in creation order and the load driver can name them without asking.
 */
final class BenchUsernames {

    /** The most of each kind (five digits). */
    static final int MAX = 99_999;
    static final String OBSERVER_PREFIX = "bench.obs.";
    static final String DELEGATE_PREFIX = "bench.del.";

    private BenchUsernames() {
    }

    static String observer(int number) {
        return OBSERVER_PREFIX + "%05d".formatted(number);
    }

    static String delegate(int number) {
        return DELEGATE_PREFIX + "%05d".formatted(number);
    }

    static List<String> observers(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(BenchUsernames::observer).toList();
    }

    static List<String> delegates(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(BenchUsernames::delegate).toList();
    }
}
