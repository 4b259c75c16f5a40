package org.majlis.base.internal;

import java.util.regex.Pattern;

/**
 * The SQL that MariaDB runs at every start of the embedded server ({@code --init-file}), before it accepts the first
 * connection and with grant tables on: it creates the application's database, removes the accounts that
 * {@code mariadb-install-db} (and so every data folder of an earlier Majlis) leaves open — the anonymous users, the
 * {@code PUBLIC} rights on the {@code test} databases, any root that could sign in over TCP — and sets the application
 * user's password to the stored one. Every statement can run again: a new data folder, one from an earlier version
 * (grant tables were off then) and one already locked down all end in the same state.
 * <p>
 * What stays: {@code root@localhost}, which MariaDB only lets in through the Unix socket for the operating-system
 * user root ({@code unix_socket}), and the application user {@code majlis@127.0.0.1} with all rights on the
 * application's database and on the databases named {@code <database>_…} (tests create such scratch databases),
 * and none on anything else — except, for the tests only, {@code PROCESS}: their race harness watches InnoDB's lock
 * waits ({@code information_schema.INNODB_LOCK_WAITS}, {@code INNODB_TRX}), which MariaDB shows only with it.
 */
final class LockdownScript {

    private static final Pattern DATABASE = Pattern.compile("[A-Za-z0-9_]{1,64}");
    /** The only address the application user may come from; the server listens on nothing else. */
    static final String APP_HOST = "127.0.0.1";

    private LockdownScript() {
    }

    static String sql(String database, EmbeddedDbCredentials credentials, boolean processPrivilege) {
        if (!DATABASE.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a database name for the embedded MariaDB: " + database);
        }
        var user = "'" + credentials.username() + "'@'" + APP_HOST + "'";
        var password = "'" + credentials.password() + "'"; // only [A-Za-z0-9_-]: see EmbeddedDbCredentials
        var grantPattern = database.replace("_", "\\_"); // '_' is a wildcard in the database name of a GRANT
        // One statement per line: that is how MariaDB reads an init file.
        return String.join("\n",
                "CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "DELETE FROM mysql.db WHERE User IN ('', 'PUBLIC');",
                "FLUSH PRIVILEGES;",
                "DROP USER IF EXISTS 'root'@'127.0.0.1', 'root'@'::1', 'root'@'%';",
                "CREATE USER IF NOT EXISTS " + user + " IDENTIFIED BY " + password + ";",
                "ALTER USER " + user + " IDENTIFIED BY " + password + ";",
                "REVOKE ALL PRIVILEGES, GRANT OPTION FROM " + user + ";", // exactly the rights below, every start
                "GRANT ALL PRIVILEGES ON `" + grantPattern + "`.* TO " + user + ";",
                "GRANT ALL PRIVILEGES ON `" + grantPattern + "\\_%`.* TO " + user + ";",
                processPrivilege ? "GRANT PROCESS ON *.* TO " + user + ";" : "",
                "");
    }
}
