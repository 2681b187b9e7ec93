package nl.reflexengine.testing;

import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Before a test class runs, forgets every message, claim, outbox item and console user an earlier class recorded in the
 * shared context's database; reference data and the claim number sequence stay. Each class then sees the
 * engine as a fresh one, as it did with a database of its own, and the samples it sends are first copies.
 */
public class FreshRecords implements BeforeAllCallback {

    /** Children before parents. */
    static final List<String> RECORDS = List.of(
            "console_access_log",
            "console_user_client",
            "console_user",
            "outbox_requeue",
            "audit_violation",
            "action_point",
            "claim_event",
            "claim_message",
            "uwv_outbox",
            "mail_outbox",
            "claim",
            "audit_message");

    @Override
    public void beforeAll(ExtensionContext context) {
        forgetAll(SpringExtension.getApplicationContext(context).getBean(JdbcTemplate.class));
    }

    /** Deletes every message, claim and outbox item; for tests that clean up between methods too. */
    public static void forgetAll(JdbcTemplate jdbc) {
        jdbc.update("update audit_message set duplicate_of = null, reprocessed_as = null");
        RECORDS.forEach(table -> jdbc.update("delete from " + table));
    }
}
