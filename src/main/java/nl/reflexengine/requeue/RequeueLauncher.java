package nl.reflexengine.requeue;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import nl.reflexengine.OneOffEngine;
import nl.reflexengine.outbox.OutboxDispatcher;

/**
 * {@code requeue <mail|uwv> <id> | --all-failed [--name=value ...]}: puts a FAILED item of an outbox back in
 * its queue, against the engine's own database, without starting intake or local servers. The running
 * engine sends it at its next poll. What the item went through is kept ({@code outbox_requeue}). Exit code
 * 0 when it ran, 2 for a bad command line or an unknown or not failed id, 1 when it could not finish.
 */
public final class RequeueLauncher {

    public static final String COMMAND = "requeue";

    public static final String USAGE =
            "Usage: java -jar reflex-engine.jar requeue <mail|uwv> <id> | --all-failed [--name=value ...]";

    /** The outboxes an operator can name, and the bean that sends each. */
    private static final Map<String, String> DISPATCHERS = Map.of("mail", "mailDispatcher", "uwv", "uwvDispatcher");

    private RequeueLauncher() {}

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2
                || !DISPATCHERS.containsKey(args[0])
                || !(args[1].matches("[0-9]+") || args[1].equals("--all-failed"))) {
            err.println(USAGE);
            return 2;
        }
        String outbox = args[0];
        String which = args[1];
        return OneOffEngine.run(
                COMMAND,
                Arrays.copyOfRange(args, 2, args.length),
                engine -> {
                    OutboxDispatcher<?, ?> dispatcher = engine.getBean(DISPATCHERS.get(outbox), OutboxDispatcher.class);
                    if (which.equals("--all-failed")) {
                        return "Requeued " + dispatcher.requeueAllFailed() + " failed " + outbox + " items";
                    }
                    dispatcher.requeue(Long.parseLong(which));
                    return "Requeued " + outbox + " item " + which
                            + "; its earlier attempts are kept in outbox_requeue";
                },
                out,
                err);
    }
}
