package nl.reflexengine;

import java.util.Arrays;
import nl.reflexengine.bench.BenchLauncher;
import nl.reflexengine.replay.ReplayLauncher;
import nl.reflexengine.reprocess.ReprocessLauncher;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Reflex Engine. Without arguments it runs the engine; {@code replay <dir-or-zip> --report <file.csv>}
 * replays an archive for auditors in a dry run; {@code reprocess <audit-id>} reprocesses one rejected
 * message; {@code bench --messages N} measures throughput and memory on synthetic messages.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReflexEngineApplication {

    public static void main(String[] args) {
        if (args.length > 0 && ReplayLauncher.COMMAND.equals(args[0])) {
            System.exit(ReplayLauncher.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && ReprocessLauncher.COMMAND.equals(args[0])) {
            System.exit(ReprocessLauncher.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && BenchLauncher.COMMAND.equals(args[0])) {
            System.exit(BenchLauncher.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(ReflexEngineApplication.class, args);
    }
}
