package nl.reflexengine.reprocess;

import java.io.PrintStream;
import java.util.Arrays;
import nl.reflexengine.OneOffEngine;
import nl.reflexengine.pipeline.Submission;
import nl.reflexengine.violation.Violation;

/**
 * {@code reprocess <audit-id> [--name=value ...]}: reprocess one rejected message against the engine's own
 * database and reference data, without starting intake or local servers. Mails and UWV messages the new
 * outcome causes are queued and sent by the running engine.
 */
public final class ReprocessLauncher {

    public static final String COMMAND = "reprocess";

    public static final String USAGE = "Usage: java -jar reflex-engine.jar reprocess <audit-id> [--name=value ...]";

    private ReprocessLauncher() {}

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1 || !args[0].matches("[0-9]+")) {
            err.println(USAGE);
            return 2;
        }
        long auditId = Long.parseLong(args[0]);
        return OneOffEngine.run(
                COMMAND,
                Arrays.copyOfRange(args, 1, args.length),
                engine -> {
                    Submission result = engine.getBean(Reprocessing.class).reprocess(auditId);
                    return "Message " + auditId + " reprocessed as " + result.auditId() + ": " + result.outcome()
                            + (result.violations().isEmpty() ? "" : " " + Violation.codes(result.violations()))
                            + (result.claimNumber() == null ? "" : ", claim " + result.claimNumber());
                },
                out,
                err);
    }
}
