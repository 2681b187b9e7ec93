package nl.reflexengine.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchArgumentsTest {

    @Test
    void h2WithTheEngineOptionsByDefault() {
        BenchArguments arguments = BenchArguments.parse(new String[] {"--messages", "10"});

        assertThat(arguments.database()).isEqualTo(new BenchDatabase.H2(BenchArguments.DEFAULT_DB_OPTIONS));
        assertThat(arguments.database().description()).isEqualTo("h2");
    }

    @Test
    void dbOptionsStayH2Options() {
        BenchArguments arguments =
                BenchArguments.parse(new String[] {"--messages=10", "--db-options", ";CACHE_SIZE=8192"});

        assertThat(arguments.database()).isEqualTo(new BenchDatabase.H2(";CACHE_SIZE=8192"));
    }

    @Test
    void postgresqlUrlGivesJdbcUrlUserAndPassword() {
        BenchArguments arguments =
                BenchArguments.parse(new String[] {"--messages", "10", "--db", "postgresql://u:p@127.0.0.1:5432/x"});

        BenchDatabase.PostgreSql postgresql = (BenchDatabase.PostgreSql) arguments.database();
        assertThat(postgresql.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/x");
        assertThat(postgresql.user()).isEqualTo("u");
        assertThat(postgresql.password()).isEqualTo("p");
    }

    @Test
    void postgresqlWithoutPasswordOrPortAsLibpqAllows() {
        BenchDatabase.PostgreSql postgresql = (BenchDatabase.PostgreSql)
                BenchArguments.parse(new String[] {"--messages", "10", "--db=postgres://postgres@db.example/reflex"})
                        .database();

        assertThat(postgresql.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5432/reflex");
        assertThat(postgresql.user()).isEqualTo("postgres");
        assertThat(postgresql.password()).isEmpty();
    }

    @Test
    void passwordWithSpecialCharactersIsWrittenAsPercentEscapes() {
        BenchDatabase.PostgreSql postgresql =
                (BenchDatabase.PostgreSql) BenchDatabase.parse("postgresql://bench:s%40cr%3At+1@host:6543/db", null);

        assertThat(postgresql.password()).isEqualTo("s@cr:t+1");
        assertThat(postgresql.jdbcUrl()).isEqualTo("jdbc:postgresql://host:6543/db");
    }

    @Test
    void passwordIsInNoDescriptionOrPrintedArgument() {
        BenchArguments arguments =
                BenchArguments.parse(new String[] {"--messages", "10", "--db", "postgresql://u:Geheim99@host:5432/x"});

        assertThat(arguments.database().description()).isEqualTo("postgresql://u@host:5432/x");
        assertThat(arguments.toString()).doesNotContain("Geheim99");
        assertThat(arguments.database().toString()).doesNotContain("Geheim99");
    }

    @Test
    void rejectsOtherDatabasesWithTheFormToUse() {
        assertThatThrownBy(() -> BenchDatabase.parse("mysql://u:p@host/x", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--db is h2 (the default) or postgresql://user:password@host:port/database");
    }

    @Test
    void rejectsUrlsMissingAPart() {
        assertThatThrownBy(() -> BenchDatabase.parse("postgresql://u:p@host:5432", null))
                .hasMessageStartingWith("--db needs one database name after the host");
        assertThatThrownBy(() -> BenchDatabase.parse("postgresql://host:5432/x", null))
                .hasMessageStartingWith("--db needs a user");
        assertThatThrownBy(() -> BenchDatabase.parse("postgresql://u:p@host:port/x", null))
                .hasMessageStartingWith("--db needs a host, and a port as a number");
        assertThatThrownBy(() -> BenchDatabase.parse("postgresql://u:p@host/x?sslmode=require", null))
                .hasMessageStartingWith("--db takes no ?options");
    }

    @Test
    void errorsNeverQuoteThePassword() {
        for (String bad : List.of(
                "postgresql://u:Geheim99@host:port/x",
                "postgresql://u:Geheim99@host:5432",
                "postgresql://u:Geheim99%zz@host/x",
                "postgresql://u:Geheim99 @host/x")) {
            assertThatThrownBy(() -> BenchDatabase.parse(bad, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .message()
                    .doesNotContain("Geheim99");
        }
    }

    @Test
    void dbOptionsDoNotApplyToPostgresql() {
        assertThatThrownBy(() -> BenchArguments.parse(
                        new String[] {"--messages", "10", "--db", "postgresql://u@host/x", "--db-options", ";X=1"}))
                .hasMessage("--db-options are H2 URL options; they do not apply to PostgreSQL");
    }

    @Test
    void badDbIsAnUnusableArgumentWithoutThePasswordInTheOutput() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = BenchLauncher.run(
                new String[] {"--messages", "10", "--db", "postgresql://u:Geheim99@host"},
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("bench: --db needs one database name after the host")
                .doesNotContain("Geheim99");
    }

    @Test
    void csvRecordsTheDatabaseAndRefusesAFileWithTheColumnsOfAnOlderVersion(@TempDir Path folder) throws IOException {
        BenchResults results = new BenchResults();
        results.put("db", "postgresql://u@host:5432/x");
        Path fresh = folder.resolve("fresh.csv");
        results.append(fresh);
        assertThat(Files.readAllLines(fresh).get(0)).contains(",db,db_options,");

        List<String> older = new ArrayList<>(BenchResults.COLUMNS);
        older.remove("db");
        Path old = Files.writeString(folder.resolve("old.csv"), String.join(",", older) + "\n");
        assertThatThrownBy(() -> BenchResults.checkAppendable(old))
                .hasMessageContaining(
                        "has the columns of another version of the benchmark; name a new file with --csv");
    }
}
