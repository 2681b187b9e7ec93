package nl.reflexengine.replay;

import java.util.Arrays;

/**
 * The columns of the replay report and of {@code export-outcomes}, in their order: a contract with the
 * auditors' tools, so new columns only ever go after the existing ones. The table in OPERATIONS.md is
 * generated from here ({@code ReportColumnCatalogueTest}).
 */
enum ReportColumn {
    SOURCE(
            "source",
            "where the message is in the archive: the file's path; inside a zip `x.zip!entry.xml`; in a mail"
                    + " `mail.eml/attachment.xml`, in a mailbox export `inbox.mbox#3/attachment.xml` (the third"
                    + " mail); a mail-level outcome names the mail alone. The export: the source as recorded"
                    + " (a file's path, a mail's Message-ID and attachment)"),
    MESSAGE_ID(
            "message_id",
            "`BerichtId` (Reflex) or `Kenmerk` (DigiZSM), also for schema-invalid messages when the header is"
                    + " readable"),
    FORMAT("format", "`REFLEX_V1`, `DIGIZSM_V1`, or empty when the format was not recognised"),
    TEST("test", "`true` for a test message (by its header, or a test folder or mailbox)"),
    OUTCOME(
            "outcome",
            "`ACCEPTED`, `REJECTED`, `TEST_PASSED`, `TEST_REJECTED`, `DUPLICATE` (a later copy of the same"
                    + " content) or `QUARANTINED` (a mail from an unknown sender)"),
    CLAIM_NUMBER(
            "claim_number",
            "the claim the message created or changed (empty for tests and rejections); a replay numbers"
                    + " from its own sequence, so it is never compared"),
    UWV_FLOWS(
            "uwv_flows",
            "the UWV messages it queued, in order, separated by `;` (`ZIEKTEAANGIFTE`,"
                    + " `ZIEKTEAANGIFTE_INTREKKING;ZIEKTEAANGIFTE`, ...: the flows of `uwv.UwvFlow`)"),
    CODES("codes", "violation codes, sorted, separated by `;`"),
    DETAIL(
            "detail",
            "each violation as `field: text`, separated by ` | `; for a duplicate, the source of what it copies"
                    + " as recorded (a file's path; a mail's Message-ID and attachment); otherwise the kind of message"
                    + " and the client. Ends with where `received_at` came from"),
    RECEIVED_AT(
            "received_at", "the moment the message is judged as of (ISO-8601, UTC, milliseconds): see Receipt times"),
    CLAIM_STATUS(
            "claim_status",
            "the claim as the message left it: `LOPEND`, `GESLOTEN` or `GEANNULEERD`; empty when"
                    + " it touched no claim (so are the columns after it)"),
    REPORTING_DUE_AT(
            "reporting_due_at",
            "when the employer had to report the sickness; empty where no deadline applies (leave, vangnet)"),
    DAYS_LATE("days_late", "working days the report came after that moment"),
    FINE_EUR("fine_eur", "the fine band those days fall in, in euros"),
    FREQUENT_ABSENCE("frequent_absence", "`true` when the claim counts as frequent absence"),
    UWV_DUE_AT(
            "uwv_due_at",
            "when the claim's first report (Ziekteaangifte, vangnet report or WAZO application) must have"
                    + " reached UWV");

    /** The export's one column more, after all of these: how a comparison matches its rows. */
    static final String SHA256 = "sha256";

    private final String header;
    private final String description;

    ReportColumn(String header, String description) {
        this.header = header;
        this.description = description;
    }

    String header() {
        return header;
    }

    String description() {
        return description;
    }

    static String[] headers() {
        return Arrays.stream(values()).map(ReportColumn::header).toArray(String[]::new);
    }
}
