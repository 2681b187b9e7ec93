package nl.reflexengine.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** {@code user add|disable|reset-password} against a database file of its own, as an operator runs them. */
@Tag("h2-only")
class UserCommandTest {

    @TempDir
    Path folder;

    final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    /** A database the engine has run on: migrated, with its clients loaded. */
    @BeforeEach
    void anEnginesDatabase() throws Exception {
        assertThat(user("", "disable", "nobody").err()).contains("no user named 'nobody'"); // migrates it
        for (String client : new String[] {"C-ZONNIG", "C-DELTA"}) {
            execute("insert into client (client_id, name, process_manager_email, payroll_system) values ('" + client
                    + "', 'x', 'pm@example.org', 'x')");
        }
    }

    @Test
    void addPrintsAGeneratedPasswordOnceThatLogsIn() throws Exception {
        Result added = user("", "add", "anna", "--role", "case-manager", "--client", "C-ZONNIG", "C-DELTA/DLT-EHV");

        assertThat(added.exit()).isEqualTo(UserLauncher.DONE);
        Matcher printed =
                Pattern.compile("Password \\(shown once[^:]*\\): (\\S+)").matcher(added.out());
        assertThat(printed.find()).as(added.out()).isTrue();
        assertThat(passwords.matches(printed.group(1), column("password_hash", "anna")))
                .isTrue();
        assertThat(column("role", "anna")).isEqualTo("CASE_MANAGER");
        assertThat(grants("anna")).isEqualTo("C-DELTA/DLT-EHV,C-ZONNIG/");
        assertThat(column("password_hash", "anna")).startsWith("{bcrypt}");
    }

    @Test
    void aPasswordFromStandardInputIsUsedAndNeverPrinted() throws Exception {
        Result added = user(
                "gekozen wachtwoord\n", "add", "bert", "--role", "AUDITOR", "--client", "C-ZONNIG", "--password-stdin");

        assertThat(added.exit()).isEqualTo(UserLauncher.DONE);
        assertThat(added.out()).doesNotContain("gekozen wachtwoord").doesNotContain("Password");
        assertThat(passwords.matches("gekozen wachtwoord", column("password_hash", "bert")))
                .isTrue();

        assertThat(user("kort\n", "reset-password", "bert", "--password-stdin").exit())
                .isEqualTo(UserLauncher.UNUSABLE);
    }

    @Test
    void resetPasswordOpensALockedAccountAndDisableClosesIt() throws Exception {
        user("", "add", "carla", "--role", "OPERATOR", "--client", "C-ZONNIG");
        execute("update console_user set failed_logins = 5 where username = 'carla'");

        Result reset = user("", "reset-password", "carla");
        assertThat(reset.exit()).isEqualTo(UserLauncher.DONE);
        assertThat(column("failed_logins", "carla")).isEqualTo("0");

        assertThat(user("", "disable", "carla").exit()).isEqualTo(UserLauncher.DONE);
        assertThat(column("enabled", "carla")).isEqualTo("FALSE");
    }

    @Test
    void mistakesAreNamedAndChangeNothing() throws Exception {
        Result unknownClient = user("", "add", "dirk", "--role", "OPERATOR", "--client", "C-ONBEKEND");
        assertThat(unknownClient.exit()).isEqualTo(UserLauncher.UNUSABLE);
        assertThat(unknownClient.err()).contains("no client with id C-ONBEKEND");

        Result unknownRole = user("", "add", "dirk", "--role", "BAAS", "--client", "C-ZONNIG");
        assertThat(unknownRole.exit()).isEqualTo(UserLauncher.UNUSABLE);
        assertThat(unknownRole.err()).contains("unknown role 'BAAS'");

        assertThat(user("", "add", "dirk", "--role", "OPERATOR").err()).contains("at least one --client");
        assertThat(user("", "disable", "niemand").err()).contains("no user named 'niemand'");

        user("", "add", "erik", "--role", "OPERATOR", "--client", "C-ZONNIG");
        assertThat(user("", "add", "erik", "--role", "AUDITOR", "--client", "C-ZONNIG")
                        .err())
                .contains("exists already");
        assertThat(count("select count(*) from console_user where username = 'dirk'"))
                .isZero();
    }

    record Result(int exit, String out, String err) {}

    private Result user(String stdin, String... args) {
        String[] withDatabase = new String[args.length + 2];
        System.arraycopy(args, 0, withDatabase, 0, args.length);
        withDatabase[args.length] = "--spring.datasource.url=" + url();
        withDatabase[args.length + 1] = "--reflex.home=" + Path.of("").toAbsolutePath();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = UserLauncher.run(
                withDatabase,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String url() {
        return "jdbc:h2:file:" + folder.resolve("reflex").toAbsolutePath();
    }

    private String column(String column, String user) throws Exception {
        try (var connection = DriverManager.getConnection(url(), "reflex", "");
                var query = connection.prepareStatement("select " + column + " from console_user where username = ?")) {
            query.setString(1, user);
            try (var rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private String grants(String user) throws Exception {
        try (var connection = DriverManager.getConnection(url(), "reflex", "");
                var query = connection.prepareStatement("select listagg(g.client_id || '/' || g.vestigingscode, ',')"
                        + " within group (order by g.client_id) from console_user_client g"
                        + " join console_user u on u.id = g.user_id where u.username = ?")) {
            query.setString(1, user);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private int count(String sql) throws Exception {
        try (var connection = DriverManager.getConnection(url(), "reflex", "");
                var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private void execute(String sql) throws Exception {
        try (var connection = DriverManager.getConnection(url(), "reflex", "")) {
            connection.createStatement().execute(sql);
        }
    }
}
