package nl.reflexengine.outbox;

import org.springframework.jdbc.core.RowMapper;

/**
 * The table an outbox keeps its items in. Every outbox table has the same delivery columns (id, status,
 * attempts, next_attempt_at, last_error, created_at, updated_at) beside its own content.
 *
 * @param name the table: a constant of ours, never message data
 * @param outbox the outbox's name in commands and in {@code outbox_requeue} (mail, uwv)
 * @param columns the columns {@code items} reads
 * @param items reads one claimed item
 * @param resetOnRequeue further {@code column = value} assignments when an operator puts an item back, or ""
 * @param dueWhen a further condition an item must meet to be sent ({@code and ...}), or "": an item that
 *     must not overtake another waits for it
 */
public record OutboxTable<T extends OutboxItem>(
        String name, String outbox, String columns, RowMapper<T> items, String resetOnRequeue, String dueWhen) {

    public OutboxTable {
        if (!name.matches("[a-z_]+")
                || !resetOnRequeue.matches("[a-z_ =,']*")
                || !dueWhen.matches("[A-Za-z0-9_ =,'().]*")) {
            throw new IllegalArgumentException(
                    "an outbox table, its requeue reset and its due condition are SQL of the code, never data: " + name
                            + " / " + resetOnRequeue + " / " + dueWhen);
        }
    }
}
