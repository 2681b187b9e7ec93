package nl.reflexengine.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import nl.reflexengine.ReflexEngineApplication;
import nl.reflexengine.replay.ExportOutcomesLauncher;
import nl.reflexengine.replay.ReplayLauncher;
import nl.reflexengine.reprocess.ReprocessLauncher;
import nl.reflexengine.requeue.RequeueLauncher;
import nl.reflexengine.users.UserLauncher;

/**
 * What {@code java -jar reflex-engine.jar} runs. Without arguments, the engine; {@code replay
 * <archive> --report <file.csv>} replays an archive for auditors in a dry run; {@code export-outcomes}
 * writes what the engine recorded, to compare a replay with; {@code reprocess
 * <audit-id>} reprocesses one rejected message; {@code requeue <mail|uwv> <id>} puts a failed mail or UWV
 * message back in its outbox; {@code user}
 * manages the console's users; {@code --help} prints all of this without starting anything. Any other
 * arguments are the engine's ({@code --name=value}).
 */
public final class ReflexCommandLine {

    private ReflexCommandLine() {}

    public static void main(String[] args) {
        String command = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (command) {
            case "--help", "-h", "help" -> {
                help(System.out);
                System.exit(0);
            }
            case ReplayLauncher.COMMAND -> System.exit(ReplayLauncher.run(rest));
            case ExportOutcomesLauncher.COMMAND -> System.exit(ExportOutcomesLauncher.run(rest));
            case ReprocessLauncher.COMMAND -> System.exit(ReprocessLauncher.run(rest));
            case RequeueLauncher.COMMAND -> System.exit(RequeueLauncher.run(rest));
            case UserLauncher.COMMAND -> System.exit(UserLauncher.run(rest));
            default -> ReflexEngineApplication.main(args);
        }
    }

    /** What the jar can do, without starting anything. */
    static void help(PrintStream out) {
        out.println("""
                Reflex Engine

                Usage: java -jar reflex-engine.jar [--name=value ...]
                  runs the engine: local mode without a profile (embedded mail and SFTP servers, H2 under data/),
                  production with --spring.profiles.active=production (settings from REFLEX_* variables)
                """);
        for (String usage : List.of(
                ReplayLauncher.USAGE,
                ExportOutcomesLauncher.USAGE,
                ReprocessLauncher.USAGE,
                RequeueLauncher.USAGE,
                UserLauncher.USAGE)) {
            out.println(usage);
            out.println();
        }
        out.println("Every command takes the engine's settings as --name=value (the database, say);"
                + " README.md and OPERATIONS.md say more.");
    }
}
