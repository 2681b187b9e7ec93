package nl.reflexengine.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.reflexengine.audit.AuditStore;
import nl.reflexengine.intake.Channel;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.testing.FreshRecords;
import nl.reflexengine.testing.StoreTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The claims' SQL: what the store writes for each kind of decision, and what the repository reads back. */
@StoreTest
class ClaimStoreTest {

    static final LocalDate FIRST_DAY = LocalDate.of(2026, 10, 12);
    static final Instant RECEIVED = Instant.parse("2026-10-13T08:00:00Z");

    @Autowired
    ClaimStore store;

    @Autowired
    ClaimRepository claims;

    @Autowired
    AuditStore audit;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noRecords() {
        FreshRecords.forgetAll(jdbc);
    }

    @Test
    void aNewClaimIsStoredWithItsNumberActionPointsHistoryAndMessage() {
        Claim claim = claim("C-ZONNIG", "STORE-1", "123456782", ClaimStatus.LOPEND);
        List<ActionPoint> points = List.of(
                new ActionPoint("FIRST_CONTACT", RECEIVED.plusSeconds(86_400)),
                new ActionPoint("UWV_SICK_REPORT", RECEIVED.plusSeconds(2 * 86_400)));

        RegisteredClaim registered = store.store(ClaimDecision.create(claim, points), message(), "STORE-1");

        assertThat(registered.number()).matches("ZM-2026-\\d{6}");
        StoredClaim stored = claims.byNumber(registered.number()).orElseThrow();
        assertThat(stored.id()).isEqualTo(registered.id());
        assertThat(stored.claim())
                .usingRecursiveComparison()
                .ignoringFields("claimNumber")
                .isEqualTo(claim);
        assertThat(claims.actionPoints(stored.id())).containsExactlyElementsOf(points);
        assertThat(claims.history(stored.id())).containsExactly("CREATED");
        assertThat(claims.byMessage("C-ZONNIG", "STORE-1")).contains(stored);
        assertThat(claims.messageIdUsed("C-ZONNIG", "STORE-1")).isTrue();
    }

    @Test
    void claimNumbersComeFromOneSequenceAndAreNeverReused() {
        String first = create("C-ZONNIG", "SEQ-1", "123456782").number();
        String second = create("C-ZONNIG", "SEQ-2", "123456782").number();

        assertThat(second).isNotEqualTo(first);
        assertThat(Integer.parseInt(second.substring(8))).isGreaterThan(Integer.parseInt(first.substring(8)));
    }

    @Test
    void oneSickReportMakesOneClaim() {
        create("C-ZONNIG", "ONCE-1", "123456782");

        assertThatThrownBy(() -> create("C-ZONNIG", "ONCE-1", "123456782"))
                .as("two deliveries of one message racing each other")
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void aWithdrawalCancelsTheOpenActionPointsAndTheMessageNoLongerFindsTheClaim() {
        RegisteredClaim created = create("C-ZONNIG", "WD-1", "123456782");
        Claim withdrawn = claim("C-ZONNIG", "WD-1", "123456782", ClaimStatus.GEANNULEERD);

        store.store(
                ClaimDecision.change(
                        ClaimDecision.Change.WITHDRAW, numbered(withdrawn, created), created.id(), "WITHDRAWN"),
                message(),
                "WD-1-W");

        assertThat(jdbc.queryForList(
                        "select distinct status from action_point where claim_id = ?", String.class, created.id()))
                .containsExactly("CANCELLED");
        assertThat(claims.byMessage("C-ZONNIG", "WD-1")).isEmpty();
        assertThat(claims.messageIdUsed("C-ZONNIG", "WD-1"))
                .as("a withdrawn id stays used")
                .isTrue();
        assertThat(claims.messageIdUsed("C-ZONNIG", "WD-1-W"))
                .as("a withdrawal is no report")
                .isFalse();
        assertThat(claims.firstDaysStarting("C-ZONNIG", "123456782", FIRST_DAY.minusDays(1), FIRST_DAY))
                .isEmpty();
        assertThat(claims.history(created.id())).containsExactly("CREATED", "WITHDRAWN");
    }

    @Test
    void aWeek42ReportLeavesItsPointToTheReportSentToUwv() {
        RegisteredClaim created = create("C-ZONNIG", "W42-1", "123456782");

        store.store(
                ClaimDecision.change(
                        ClaimDecision.Change.REPORT_LONG_TERM,
                        numbered(claim("C-ZONNIG", "W42-1", "123456782", ClaimStatus.LOPEND), created),
                        created.id(),
                        "WEEK_42_REPORTED"),
                message(),
                "W42-1-R");

        assertThat(claims.actionPoints(created.id()))
                .extracting(ActionPoint::status)
                .containsExactly(ActionPoint.Status.OPEN);
        assertThat(claims.byMessage("C-ZONNIG", "W42-1-R"))
                .as("the report's own id finds the claim")
                .map(StoredClaim::id)
                .contains(created.id());

        Instant sent = RECEIVED.plusSeconds(43 * 7 * 86_400L);
        assertThat(store.settle(created.id(), List.of("WEEK_42_REPORT"), sent, "verstuurd naar UWV als RX-1-L"))
                .isEqualTo(1);
        assertThat(store.settle(created.id(), List.of("WEEK_42_REPORT"), sent.plusSeconds(60), "again"))
                .as("a settled point stays as it was settled")
                .isZero();
        ActionPoint settled = claims.actionPoints(created.id()).get(0);
        assertThat(settled.status()).isEqualTo(ActionPoint.Status.DONE);
        assertThat(settled.doneAt()).isEqualTo(sent);
        assertThat(settled.doneBy()).isEqualTo("verstuurd naar UWV als RX-1-L");
        assertThat(settled.late()).as("sent a week after its due moment").isTrue();
    }

    @Test
    void oneClientsClaimsNeverAnswerForAnother() {
        create("C-ZONNIG", "MINE-1", "123456782");

        assertThat(claims.byMessage("C-DELTA", "MINE-1")).isEmpty();
        assertThat(claims.messageIdUsed("C-DELTA", "MINE-1")).isFalse();
        assertThat(claims.open("C-DELTA", "123456782", FIRST_DAY)).isEmpty();
        assertThat(claims.open("C-ZONNIG", "123456782", FIRST_DAY)).isPresent();
        assertThat(claims.firstDaysStarting("C-DELTA", "123456782", FIRST_DAY.minusYears(1), FIRST_DAY))
                .isEmpty();
    }

    private RegisteredClaim create(String clientId, String messageId, String bsn) {
        return store.store(
                ClaimDecision.create(
                        claim(clientId, messageId, bsn, ClaimStatus.LOPEND),
                        List.of(new ActionPoint("WEEK_42_REPORT", RECEIVED.plusSeconds(42 * 7 * 86_400L)))),
                message(),
                messageId);
    }

    /** The audit record of the message the decision is for. */
    private long message() {
        return audit.insert(
                InboundMessage.file(
                        ("<m>" + System.nanoTime() + "</m>").getBytes(StandardCharsets.UTF_8),
                        Channel.REPLAY,
                        "claim-store-test",
                        RECEIVED,
                        false),
                "0".repeat(64),
                null);
    }

    private static Claim numbered(Claim claim, RegisteredClaim registered) {
        return new Claim(
                registered.number(),
                claim.clientId(),
                claim.contractCode(),
                claim.vestigingscode(),
                claim.bsn(),
                claim.employeeName(),
                claim.birthDate(),
                claim.firstDay(),
                claim.reason(),
                claim.status(),
                claim.closingReason(),
                claim.lastClaimDay(),
                claim.partialPercentage(),
                claim.vangnet(),
                claim.frequentAbsence(),
                claim.reportingDue(),
                claim.daysLate(),
                claim.fineEuro(),
                claim.channel(),
                claim.receivedAt(),
                claim.messageId(),
                claim.leave());
    }

    private static Claim claim(String clientId, String messageId, String bsn, ClaimStatus status) {
        return new Claim(
                null,
                clientId,
                "ZW-ZON-2026",
                "ZON-AMS",
                bsn,
                "J. Jansen",
                LocalDate.of(1990, 5, 17),
                FIRST_DAY,
                "SICK_TEMP_WORKER",
                status,
                null,
                null,
                null,
                false,
                false,
                RECEIVED.plusSeconds(3600),
                0,
                0,
                "SFTP",
                RECEIVED,
                messageId,
                null);
    }
}
