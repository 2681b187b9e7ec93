package nl.reflexengine.replay;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code export-outcomes [--from D] [--to D] [--client C] --out F.csv [--name=value ...]}. A day D is
 * inclusive and counted in Dutch time ({@code --from 2026-03-01 --to 2026-03-31} is March); an ISO instant
 * is taken as it is ({@code --to} exclusive then).
 *
 * @param from the first moment of receipt to export, or null: from the first message
 * @param to the moment of receipt to stop before, or null: up to the last message
 * @param client only the messages of this client (found by its loonheffingennummer or its sender), or null
 */
record ExportArguments(Instant from, Instant to, String client, Path out, List<String> settings) {

    static final String USAGE = "Usage: java -jar reflex-engine.jar export-outcomes [--from <day|instant>]"
            + " [--to <day|instant>] [--client <client id>] --out <file.csv> [--spring.datasource.url=...]";

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    static ExportArguments parse(String[] args) {
        Instant from = null;
        Instant to = null;
        String client = null;
        Path out = null;
        List<String> settings = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--from" -> from = moment(value(args, ++i, arg), false);
                case "--to" -> to = moment(value(args, ++i, arg), true);
                case "--client" -> client = value(args, ++i, arg);
                case "--out" -> out = Path.of(value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("--") && arg.contains("=")) {
                        settings.add(arg);
                    } else {
                        throw new IllegalArgumentException("unknown argument " + arg);
                    }
                }
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("name the file to write with --out <file.csv>");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("--from must come before --to");
        }
        return new ExportArguments(from, to, client, out, List.copyOf(settings));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /** A day starts at midnight Dutch time; {@code --to} a day includes it, so it ends at the next midnight. */
    private static Instant moment(String value, boolean end) {
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(DUTCH_TIME).toInstant();
            }
            return Receipt.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(value + " is neither a day (2026-03-01) nor " + Receipt.INSTANT_EXAMPLE);
        }
    }
}
