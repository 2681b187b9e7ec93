package nl.reflexengine.requeue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A command line the requeue command cannot use ends at once with exit code 2 and the usage, before any
 * engine starts. (Requeueing a real failed mail and UWV message: OutgoingMailTest, UwvHttpForwardTest.)
 */
class RequeueLauncherTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "mail", "sms 12", "mail twelve", "uwv -5", "mail --all"})
    void anUnusableCommandLineIsRefusedWithTheUsage(String arguments) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = RequeueLauncher.run(
                arguments.isEmpty() ? new String[0] : arguments.split(" "),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("requeue <mail|uwv> <id> | --all-failed");
    }
}
