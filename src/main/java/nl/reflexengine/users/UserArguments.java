package nl.reflexengine.users;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code user add <name> --role R --client C... [--valid-until D] [--password-stdin]}, {@code user disable
 * <name>}, {@code user reset-password <name> [--password-stdin]}, {@code user reset-second-factor <name>}; any {@code --name=value} is engine
 * configuration (the database to use). {@code --client} takes one or more clients, and may be repeated; a
 * client's vestiging is written {@code C/V}.
 */
record UserArguments(
        Action action,
        String username,
        Role role,
        List<ClientGrant> clients,
        LocalDate validUntil,
        boolean passwordFromStdin,
        List<String> settings) {

    enum Action {
        ADD,
        DISABLE,
        RESET_PASSWORD,
        RESET_SECOND_FACTOR
    }

    static final String USAGE = """
            Usage: java -jar reflex-engine.jar user add <name> --role <role> --client <client>[/<vestigingscode>]... \
            [--valid-until <yyyy-mm-dd>] [--password-stdin]
                   java -jar reflex-engine.jar user disable <name>
                   java -jar reflex-engine.jar user reset-password <name> [--password-stdin]
                   java -jar reflex-engine.jar user reset-second-factor <name>
              roles: PROCESS_MANAGER, CASE_MANAGER, AUDITOR, OPERATOR
              Without --password-stdin a generated password is printed once.""";

    static UserArguments parse(String[] args) {
        if (args.length < 2 || args[1].startsWith("--")) {
            throw new IllegalArgumentException(
                    "name an action (add, disable, reset-password, reset-second-factor) and a user");
        }
        Action action = switch (args[0]) {
            case "add" -> Action.ADD;
            case "disable" -> Action.DISABLE;
            case "reset-password" -> Action.RESET_PASSWORD;
            case "reset-second-factor" -> Action.RESET_SECOND_FACTOR;
            default -> throw new IllegalArgumentException("unknown action '" + args[0] + "'");
        };
        String username = args[1].trim();
        if (!username.matches("[A-Za-z0-9._@-]{2,64}")) {
            throw new IllegalArgumentException(
                    "a user name is 2 to 64 letters, digits or . _ @ -, not '" + username + "'");
        }
        Role role = null;
        List<ClientGrant> clients = new ArrayList<>();
        LocalDate validUntil = null;
        boolean stdin = false;
        List<String> settings = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--role" -> role = Role.named(value(args, ++i, arg));
                case "--client" -> {
                    clients.add(ClientGrant.parse(value(args, ++i, arg)));
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        clients.add(ClientGrant.parse(args[++i]));
                    }
                }
                case "--valid-until" -> validUntil = day(value(args, ++i, arg));
                case "--password-stdin" -> stdin = true;
                default -> {
                    if (arg.startsWith("--") && arg.contains("=")) {
                        settings.add(arg);
                    } else {
                        throw new IllegalArgumentException("unknown argument '" + arg + "'");
                    }
                }
            }
        }
        if (action == Action.ADD && (role == null || clients.isEmpty())) {
            throw new IllegalArgumentException("a new user needs --role and at least one --client");
        }
        if (action != Action.ADD && (role != null || !clients.isEmpty() || validUntil != null)) {
            throw new IllegalArgumentException("--role, --client and --valid-until belong to 'user add'");
        }
        if ((action == Action.DISABLE || action == Action.RESET_SECOND_FACTOR) && stdin) {
            throw new IllegalArgumentException("--password-stdin belongs to 'user add' and 'user reset-password'");
        }
        return new UserArguments(action, username, role, List.copyOf(clients), validUntil, stdin, settings);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--valid-until is a day (2027-12-31), not '" + text + "'");
        }
    }
}
