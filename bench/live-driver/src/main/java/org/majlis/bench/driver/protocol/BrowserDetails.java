package org.majlis.bench.driver.protocol;

/**
 * The browser details Flow's bootstrap appends to {@code v-r=init} (screen and window size, time zone, touch):
 * those of a desktop browser in UTC, so that every simulated participant looks like the same ordinary laptop.
 */
final class BrowserDetails {

    static final String QUERY = "&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1680&v-bh=960&v-bw=1680"
            + "&v-curdate=" + System.currentTimeMillis()
            + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64";

    private BrowserDetails() {
    }
}
