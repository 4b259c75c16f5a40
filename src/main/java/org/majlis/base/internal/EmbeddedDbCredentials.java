package org.majlis.base.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The embedded database's application user and its password: generated on the installation's first start (32 random
 * characters), kept in {@code <data folder>-credentials.properties} next to the data folder, readable by its owner
 * only, read on every later start. Deleting the file gives the user a new password at the next start.
 */
record EmbeddedDbCredentials(String username, String password) {

    static final String USERNAME = "majlis";

    /** What a password generated here looks like; anything else in the file is refused (it goes into SQL). */
    private static final Pattern PASSWORD = Pattern.compile("[A-Za-z0-9_-]{24,128}");
    private static final int PASSWORD_BYTES = 24; // 192 bits, 32 characters in URL-safe Base64
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The file that keeps the credentials of the data folder: a sibling, so that it is never part of the data. */
    static Path fileOf(Path dataDir) {
        var absolute = dataDir.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + "-credentials.properties");
    }

    /** Reads the stored credentials, or generates and stores new ones if there are none yet. */
    static EmbeddedDbCredentials loadOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            PrivateFiles.keepPrivate(file);
            return read(file);
        }
        var password = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        var credentials = new EmbeddedDbCredentials(USERNAME, password);
        PrivateFiles.create(file, """
                # The embedded MariaDB's application user (generated on the first start; readable by its owner only).
                # Delete this file to give the user a new password at the next start.
                username=%s
                password=%s
                """.formatted(credentials.username(), credentials.password()));
        return credentials;
    }

    private static EmbeddedDbCredentials read(Path file) throws IOException {
        var properties = new Properties();
        properties.load(new StringReader(Files.readString(file)));
        var username = properties.getProperty("username", "").strip();
        var password = properties.getProperty("password", "").strip();
        if (!USERNAME.equals(username) || !PASSWORD.matcher(password).matches()) {
            throw new IOException(file.toAbsolutePath() + " does not hold the embedded database's user and password"
                    + " (username=" + USERNAME + ", a password of 24 to 128 letters, digits, '-' or '_');"
                    + " delete it to have a new password generated");
        }
        return new EmbeddedDbCredentials(username, password);
    }

    private static byte[] randomBytes() {
        var bytes = new byte[PASSWORD_BYTES];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    @Override
    public String toString() {
        return "EmbeddedDbCredentials[username=" + username + ", password=…]";
    }
}
