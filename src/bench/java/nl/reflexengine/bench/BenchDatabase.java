package nl.reflexengine.bench;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Which database the bare loop and the engine run on: H2 files of their own (the default, with the engine's
 * URL options or {@code --db-options}), or the PostgreSQL database of {@code --db}, in which every loop gets a
 * schema of its own ({@link BenchStore}). The password is for connecting only: no description, URL, figure or
 * error message holds it.
 */
sealed interface BenchDatabase {

    String POSTGRESQL_FORM = "postgresql://user:password@host:port/database";

    /** What the figures record as {@code db}. */
    String description();

    /** H2 files in the run's temporary folder, with these URL options. */
    record H2(String options) implements BenchDatabase {

        @Override
        public String description() {
            return "h2";
        }
    }

    /** A PostgreSQL database; the user needs the right to create schemas in it. */
    record PostgreSql(String host, int port, String database, String user, String password) implements BenchDatabase {

        /** The database's JDBC URL; user and password go to the driver beside it, never in it. */
        String jdbcUrl() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        @Override
        public String description() {
            return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
        }

        @Override
        public String toString() {
            return description(); // a record would print its password
        }
    }

    /**
     * {@code --db}: absent or {@code h2} for H2 files, else {@value #POSTGRESQL_FORM} (as libpq writes it; a
     * password with {@code @ : / %} in it is written with %XX). {@code --db-options} are H2's alone.
     */
    static BenchDatabase parse(String db, String h2Options) {
        if (db == null || db.equals("h2")) {
            return new H2(h2Options == null ? BenchArguments.DEFAULT_DB_OPTIONS : h2Options);
        }
        if (!db.startsWith("postgresql://") && !db.startsWith("postgres://")) {
            throw new IllegalArgumentException("--db is h2 (the default) or " + POSTGRESQL_FORM);
        }
        if (h2Options != null) {
            throw new IllegalArgumentException("--db-options are H2 URL options; they do not apply to PostgreSQL");
        }
        URI uri;
        try {
            uri = new URI(db);
        } catch (URISyntaxException e) {
            // its message would quote the value, password and all
            throw new IllegalArgumentException(
                    "--db is not a valid URL: " + POSTGRESQL_FORM + ", special characters written as %XX");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("--db needs a host, and a port as a number: " + POSTGRESQL_FORM);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!path.matches("/[^/]+")) {
            throw new IllegalArgumentException("--db needs one database name after the host: " + POSTGRESQL_FORM);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("--db takes no ?options or #fragment: " + POSTGRESQL_FORM);
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo == null || userInfo.isEmpty() || userInfo.startsWith(":")) {
            throw new IllegalArgumentException("--db needs a user: " + POSTGRESQL_FORM);
        }
        int colon = userInfo.indexOf(':');
        String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
        String password = colon < 0 ? "" : userInfo.substring(colon + 1);
        return new PostgreSql(
                uri.getHost(),
                uri.getPort() < 0 ? 5432 : uri.getPort(),
                path.substring(1),
                decoded(user),
                decoded(password));
    }

    /** %XX decoded; a plus stays a plus, as in any URL outside a form. */
    private static String decoded(String part) {
        try {
            return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--db has a % not followed by two hex digits: write % as %25");
        }
    }
}
