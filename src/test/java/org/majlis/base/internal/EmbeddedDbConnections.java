package org.majlis.base.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** What a client of the embedded database sees: the stored password, connections as anyone from anywhere. */
final class EmbeddedDbConnections {

    static final Path SERVER_DIR = Path.of("target", "test-mariadb", "server").toAbsolutePath();

    private EmbeddedDbConnections() {
    }

    /** The password file as an operator finds it next to the data folder (read as a file, not through the code). */
    static Properties storedCredentials(Path dataDir) throws IOException {
        var file = dataDir.resolveSibling(dataDir.getFileName() + "-credentials.properties");
        var properties = new Properties();
        properties.load(new StringReader(Files.readString(file)));
        return properties;
    }

    static Connection connect(String host, int port, String database, String user, String password)
            throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://" + host + ":" + port + "/" + database
                + "?connectTimeout=5000", user, password);
    }
}
