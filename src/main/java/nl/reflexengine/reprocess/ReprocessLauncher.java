package nl.reflexengine.reprocess;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import nl.reflexengine.OneOffEngine;
import nl.reflexengine.pipeline.Submission;
import nl.reflexengine.privacy.PersonalData;
import nl.reflexengine.violation.Violation;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

/**
 * {@code reprocess <audit-id> [--name=value ...]}: reprocess one rejected message against the engine's own
 * database and reference data, without starting intake or local servers. Mails and UWV messages the new
 * outcome causes are queued and sent by the running engine.
 */
public final class ReprocessLauncher {

    public static final String COMMAND = "reprocess";

    private ReprocessLauncher() {}

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1 || !args[0].matches("[0-9]+")) {
            err.println("Usage: java -jar reflex-engine.jar reprocess <audit-id> [--name=value ...]");
            return 2;
        }
        long auditId = Long.parseLong(args[0]);
        try (ConfigurableApplicationContext engine =
                OneOffEngine.start(Arrays.copyOfRange(args, 1, args.length), Map.of())) {
            Submission result = engine.getBean(Reprocessing.class).reprocess(auditId);
            out.println("Message " + auditId + " reprocessed as " + result.auditId() + ": " + result.outcome()
                    + (result.violations().isEmpty() ? "" : " " + Violation.codes(result.violations()))
                    + (result.claimNumber() == null ? "" : ", claim " + result.claimNumber()));
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("reprocess: " + PersonalData.mask(e.getMessage()));
            return 2;
        } catch (RuntimeException e) {
            err.println("reprocess failed: "
                    + PersonalData.mask(
                            NestedExceptionUtils.getMostSpecificCause(e).getMessage()));
            return 1;
        }
    }
}
