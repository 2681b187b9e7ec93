package nl.reflexengine.replay;

import java.util.List;

/**
 * How the report's {@code detail} describes a message, in one wording for a replay and an export. The
 * report masks it as it writes it ({@link ReplayReport.Row#values()}).
 */
final class Details {

    private Details() {}

    static String duplicateOf(String firstCopySource) {
        return "duplicate of " + firstCopySource;
    }

    /** Each violation as {@code field: text}, separated by {@code " | "}. */
    static String violations(List<String> fields, List<String> messages) {
        StringBuilder detail = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            detail.append(i == 0 ? "" : " | ")
                    .append(field == null || field.isEmpty() ? "" : field + ": ")
                    .append(messages.get(i));
        }
        return detail.toString();
    }

    /** The kind of message and, when known, its client. */
    static String kind(Object kind, String clientId) {
        return kind + (clientId == null ? "" : " for client " + clientId);
    }

    /** The detail with where its receipt time came from, so the report says it of every message. */
    static String received(String detail, String from) {
        return detail + "; received_at from " + from;
    }
}
