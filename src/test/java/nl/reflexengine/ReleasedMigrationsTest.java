package nl.reflexengine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/**
 * A migration, once released, is never edited: a database that applied it refuses to start when the file's
 * checksum changed. These are the checksums Flyway recorded in databases that applied them (H2: a file made
 * by the release before PostgreSQL support, whose V1, V4 and V5 now live in db/vendor/h2). A new migration is
 * added here when it is released; an edited one fails here instead of at a customer's start-up.
 */
class ReleasedMigrationsTest {

    private static final Map<String, Integer> H2 = Map.ofEntries(
            Map.entry("1", -1534345513),
            Map.entry("2", 1407163702),
            Map.entry("3", -558899288),
            Map.entry("4", 1968330598),
            Map.entry("5", 1175122665),
            Map.entry("6", 800319963),
            Map.entry("7", 1782064177),
            Map.entry("8", -2078778734),
            Map.entry("9", -1791025191),
            Map.entry("10", 1040711973),
            Map.entry("11", -1338478240),
            Map.entry("12", 1574304944),
            Map.entry("13", -719541859),
            Map.entry("14", -1526129565),
            Map.entry("15", 43476550),
            Map.entry("16", 1261591424),
            Map.entry("17", -339993624),
            Map.entry("18", -1790447912));

    /** PostgreSQL's own V1, V4 and V5 (bytea, text); the rest are the portable files H2 applies too. */
    private static final Map<String, Integer> POSTGRESQL_ONLY = Map.of(
            "1", 1694430403,
            "4", -593489524,
            "5", -927566483);

    @Test
    void theMigrationsH2DatabasesAppliedAreUnchanged() {
        assertThat(checksums("h2")).isEqualTo(new TreeMap<>(H2));
    }

    @Test
    void postgresqlAppliesThePortableMigrationsAndItsOwnVersionsOfTheRest() {
        Map<String, Integer> expected = new TreeMap<>(H2);
        expected.putAll(POSTGRESQL_ONLY);
        assertThat(checksums("postgresql")).isEqualTo(expected);
    }

    private static Map<String, Integer> checksums(String vendor) {
        MigrationInfo[] all = Flyway.configure()
                .dataSource("jdbc:h2:mem:released-migrations-" + vendor, "sa", "")
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .load()
                .info()
                .all();
        return Arrays.stream(all)
                .collect(Collectors.toMap(
                        info -> info.getVersion().getVersion(), MigrationInfo::getChecksum, (a, b) -> a, TreeMap::new));
    }
}
