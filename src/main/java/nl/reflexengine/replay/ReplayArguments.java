package nl.reflexengine.replay;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The replay command line: {@code replay <directory-or-zip> --report <file.csv> [--name=value ...]}.
 * Arguments of the form {@code --name=value} are passed on to the engine's configuration.
 */
record ReplayArguments(Path input, Path report, List<String> settings) {

    static final String USAGE = "Usage: java -jar reflex-engine.jar replay <directory-or-zip> --report <file.csv>"
            + " [--reflex.reference.directory=<dir>]";

    static ReplayArguments parse(String[] args) {
        Path input = null;
        Path report = null;
        List<String> settings = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--report")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--report needs a file name");
                }
                report = Path.of(args[++i]);
            } else if (arg.startsWith("--report=")) {
                report = Path.of(arg.substring("--report=".length()));
            } else if (arg.startsWith("--") && arg.contains("=")) {
                settings.add(arg);
            } else if (arg.startsWith("-")) {
                throw new IllegalArgumentException("unknown option " + arg);
            } else if (input == null) {
                input = Path.of(arg);
            } else {
                throw new IllegalArgumentException(
                        "only one directory or zip can be replayed at a time, got also " + arg);
            }
        }
        if (input == null) {
            throw new IllegalArgumentException("name the directory or zip to replay");
        }
        if (report == null) {
            throw new IllegalArgumentException("name the report file with --report <file.csv>");
        }
        return new ReplayArguments(input, report, List.copyOf(settings));
    }
}
