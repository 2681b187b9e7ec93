package nl.reflexengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import nl.reflexengine.replay.ExportOutcomesLauncher;
import nl.reflexengine.replay.ReplayLauncher;
import nl.reflexengine.reprocess.ReprocessLauncher;
import nl.reflexengine.requeue.RequeueLauncher;
import nl.reflexengine.users.UserLauncher;
import org.junit.jupiter.api.Test;

/** {@code --help} names the engine and every command, without starting anything. */
class HelpTest {

    @Test
    void helpNamesEveryCommandAndHowToRunTheEngine() {
        ByteArrayOutputStream text = new ByteArrayOutputStream();

        ReflexCommandLine.help(new PrintStream(text, true, StandardCharsets.UTF_8));

        String help = text.toString(StandardCharsets.UTF_8);
        assertThat(help).contains("--spring.profiles.active=production");
        for (String command : new String[] {
            ReplayLauncher.COMMAND,
            ExportOutcomesLauncher.COMMAND,
            ReprocessLauncher.COMMAND,
            RequeueLauncher.COMMAND,
            UserLauncher.COMMAND
        }) {
            assertThat(help).contains("reflex-engine.jar " + command + " ");
        }
    }
}
