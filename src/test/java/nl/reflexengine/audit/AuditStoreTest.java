package nl.reflexengine.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.reflexengine.intake.Channel;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.testing.FreshRecords;
import nl.reflexengine.testing.StoreTest;
import nl.reflexengine.violation.Violation;
import nl.reflexengine.violation.ViolationCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit store's SQL and the content identity on it, against the migrated schema (H2, no engine). */
@StoreTest
class AuditStoreTest {

    @Autowired
    AuditStore store;

    @Autowired
    ContentIdentity identity;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noRecords() {
        FreshRecords.forgetAll(jdbc);
    }

    @Test
    void aMessageIsRecordedWithItsRawBytesBeforeItHasAnOutcome() {
        InboundMessage inbound = file("<Ziekmelding/>", "C-ZONNIG/a.xml");

        ContentIdentity.Receipt receipt = identity.receive(inbound);

        Map<String, Object> row = row(receipt.auditId());
        assertThat((byte[]) row.get("RAW_MESSAGE")).isEqualTo(inbound.raw());
        assertThat(row)
                .containsEntry("SHA256", receipt.sha256())
                .containsEntry("SOURCE", "C-ZONNIG/a.xml")
                .containsEntry("CHANNEL", "SFTP")
                .containsEntry("SIZE_BYTES", inbound.raw().length);
        assertThat(row.get("OUTCOME")).isNull();
        assertThat(row.get("DEDUPE_KEY")).as("held only once decided").isNull();
    }

    @Test
    void anOutcomeIsRecordedOnceWithEveryViolationInOrder() {
        long id = identity.receive(file("<x/>", "b.xml")).auditId();
        List<Violation> violations = List.of(
                Violation.of(ViolationCode.BSN_ELEVEN_TEST, "employee.bsn"),
                Violation.of(ViolationCode.IBAN_CHECKSUM, "employee.iban"));

        assertThat(store.recordOutcome(id, outcome("key-b", Outcome.REJECTED, violations)))
                .isTrue();
        assertThat(store.recordOutcome(id, outcome("key-b2", Outcome.ACCEPTED, List.of())))
                .as("a decided record is never decided again")
                .isFalse();

        assertThat(row(id))
                .containsEntry("OUTCOME", "REJECTED")
                .containsEntry("CODES", "BSN_ELEVEN_TEST;IBAN_CHECKSUM")
                .containsEntry("DEDUPE_KEY", key("key-b"));
        assertThat(jdbc.queryForList(
                        "select code from audit_violation where audit_id = ? order by position", String.class, id))
                .containsExactly("BSN_ELEVEN_TEST", "IBAN_CHECKSUM");
    }

    @Test
    void twoRecordsCannotBothHoldOneContent() {
        long first = identity.receive(file("<same/>", "first.xml")).auditId();
        long second = identity.receive(file("<same/>", "second.xml")).auditId();
        store.recordOutcome(first, outcome("same-key", Outcome.ACCEPTED, List.of()));

        assertThatThrownBy(() -> store.recordOutcome(second, outcome("same-key", Outcome.ACCEPTED, List.of())))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void aCopyOfDecidedContentIsRecordedAsADuplicateOfTheFirst() {
        ContentIdentity.Receipt first = identity.receive(file("<copy/>", "copy-1.xml"));
        store.recordOutcome(
                first.auditId(),
                new RecordedOutcome(
                        first.dedupeKey(), null, null, null, null, false, Outcome.REJECTED, List.of(), null));

        ContentIdentity.Receipt second = identity.receive(file("<copy/>", "copy-2.xml"));

        assertThat(second.isDuplicate()).isTrue();
        assertThat(second.duplicateOf()).isEqualTo(first.auditId());
        assertThat(second.firstCopyOutcome()).isEqualTo(Outcome.REJECTED);
        assertThat(row(second.auditId()))
                .containsEntry("OUTCOME", "DUPLICATE")
                .containsEntry("DUPLICATE_OF", first.auditId());
    }

    @Test
    void anInputDeliveredAgainBeforeItsOutcomeResumesItsRecord() {
        long interrupted = identity.receive(file("<again/>", "again.xml")).auditId();

        ContentIdentity.Receipt again = identity.receive(file("<again/>", "again.xml"));

        assertThat(again.auditId()).isEqualTo(interrupted);
        assertThat(again.isDuplicate()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from audit_message", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void theSameAttachmentInAnotherMailOrATestChannelIsOtherContent() {
        InboundMessage inMail = mail("<attachment/>", "<one@x>", false);
        InboundMessage inOtherMail = mail("<attachment/>", "<two@x>", false);
        InboundMessage inTestMailbox = mail("<attachment/>", "<one@x>", true);
        InboundMessage asFile = file("<attachment/>", "attachment.xml");

        assertThat(List.of(inMail, inOtherMail, inTestMailbox, asFile).stream()
                        .map(inbound -> ContentIdentity.dedupeKey(inbound, ContentIdentity.sha256(inbound.raw())))
                        .distinct())
                .hasSize(4);
        assertThat(ContentIdentity.dedupeKey(inMail, ContentIdentity.sha256(inMail.raw())))
                .as("the same mail fetched twice is the same content")
                .isEqualTo(ContentIdentity.dedupeKey(
                        mail("<attachment/>", "<one@x>", false), ContentIdentity.sha256(inMail.raw())));
    }

    @Test
    void overlongFieldsAreCutToTheirColumns() {
        long id = identity.receive(file("<long/>", "x".repeat(2000))).auditId();
        store.recordOutcome(
                id,
                new RecordedOutcome(
                        key("long"),
                        null,
                        null,
                        "M".repeat(100),
                        null,
                        false,
                        Outcome.REJECTED,
                        List.of(Violation.of(ViolationCode.SCHEMA_VALUE, "/a".repeat(400))),
                        "V".repeat(60)));

        assertThat((String) row(id).get("SOURCE")).hasSize(1024);
        assertThat((String) row(id).get("MESSAGE_ID")).hasSize(64);
        assertThat(jdbc.queryForObject("select field from audit_violation where audit_id = ?", String.class, id))
                .hasSize(512);
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("select * from audit_message where id = ?", id);
    }

    private static RecordedOutcome outcome(String key, Outcome outcome, List<Violation> violations) {
        return new RecordedOutcome(
                key(key), "REFLEX_V1", "Ziekmelding", "M-1", "C-ZONNIG", false, outcome, violations, "ZON-AMS");
    }

    /** A dedupe key as the engine makes them: 64 hex digits. */
    private static String key(String label) {
        return ContentIdentity.sha256(label.getBytes(StandardCharsets.UTF_8));
    }

    private static InboundMessage file(String content, String source) {
        return InboundMessage.file(
                content.getBytes(StandardCharsets.UTF_8), Channel.SFTP, source, Instant.now(), false);
    }

    private static InboundMessage mail(String content, String messageId, boolean testMailbox) {
        return new InboundMessage(
                content.getBytes(StandardCharsets.UTF_8),
                Channel.MAIL,
                messageId + "/attachment.xml",
                "salaris@zonnig-uitzendwerk.example",
                "C-ZONNIG",
                messageId,
                "Ziekmelding",
                null,
                Instant.now(),
                testMailbox);
    }
}
