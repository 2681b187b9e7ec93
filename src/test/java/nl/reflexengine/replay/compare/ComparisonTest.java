package nl.reflexengine.replay.compare;

import static nl.reflexengine.replay.compare.ReportRows.accepted;
import static nl.reflexengine.replay.compare.ReportRows.export;
import static nl.reflexengine.replay.compare.ReportRows.hash;
import static nl.reflexengine.replay.compare.ReportRows.rejected;
import static nl.reflexengine.replay.compare.ReportRows.report;
import static nl.reflexengine.replay.compare.ReportRows.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonTest {

    private static final String A = hash('a');
    private static final String B = hash('b');

    @TempDir
    Path dir;

    @Test
    void identicalReportsHaveNoDifferences() throws IOException {
        List<Map<String, String>> rows = List.of(accepted("x.xml"), rejected("y.xml", "BSN_INVALID"));
        Comparison comparison = Comparison.against(report(dir.resolve("before.csv"), rows));

        rows.forEach(row -> comparison.add(row, null, "C-ZONNIG"));
        Comparison.Result result = comparison.finish();

        assertThat(result.hasDifferences()).isFalse();
        assertThat(result.matchBy()).isEqualTo(MatchBy.SOURCE);
        assertThat(result.counts().compared()).isEqualTo(2);
        assertThat(result.counts().equal()).isEqualTo(2);
        assertThat(result.counts().unchangedOutcome()).isEqualTo(2);
        assertThat(result.counts().outcomeChanges()).isEmpty();
    }

    @Test
    void matchesTwoReplayReportsBySourceWhateverTheOrderAndTheClaimNumbers() throws IOException {
        Comparison comparison = Comparison.against(
                report(dir.resolve("before.csv"), List.of(accepted("x.xml"), rejected("y.xml", "BSN_INVALID"))));

        comparison.add(rejected("y.xml", "BSN_INVALID"), null, "C-ZONNIG");
        comparison.add(with(accepted("x.xml"), "claim_number", "ZW-2026-000777"), null, "C-ZONNIG");

        assertThat(comparison.finish().hasDifferences()).isFalse();
    }

    @Test
    void comparesCodesAsASetIgnoringTheirOrder() throws IOException {
        Comparison comparison = Comparison.against(
                report(dir.resolve("before.csv"), List.of(rejected("y.xml", "BSN_INVALID;FIRST_DAY_MISSING"))));

        comparison.add(rejected("y.xml", "FIRST_DAY_MISSING; BSN_INVALID"), null, null);

        assertThat(comparison.finish().hasDifferences()).isFalse();
    }

    @Test
    void namesTheCodesThatAppearedAndDisappeared() throws IOException {
        Comparison comparison = Comparison.against(report(
                dir.resolve("before.csv"),
                List.of(rejected("y.xml", "BSN_INVALID;FIRST_DAY_MISSING"), rejected("z.xml", "BSN_INVALID"))));

        comparison.add(rejected("y.xml", "BSN_INVALID;LATE_REPORT"), null, "C-ZONNIG");
        comparison.add(rejected("z.xml", "LATE_REPORT"), null, "C-ZONNIG");
        Comparison.Result result = comparison.finish();

        Difference first = result.differences().get(0);
        assertThat(first.codesAdded()).containsExactly("LATE_REPORT");
        assertThat(first.codesRemoved()).containsExactly("FIRST_DAY_MISSING");
        assertThat(first.differingFacts()).containsExactly("codes");
        assertThat(result.counts().codesAppeared()).containsExactly(entry("LATE_REPORT", 2));
        assertThat(result.counts().codesDisappeared())
                .containsExactly(entry("BSN_INVALID", 1), entry("FIRST_DAY_MISSING", 1));
    }

    @Test
    void countsAChangedDaysLateAsADifference() throws IOException {
        Comparison comparison = Comparison.against(report(dir.resolve("before.csv"), List.of(accepted("x.xml"))));

        comparison.add(with(with(accepted("x.xml"), "days_late", "3"), "fine_eur", "100"), null, "C-ZONNIG");
        Comparison.Result result = comparison.finish();

        assertThat(result.counts().different()).isEqualTo(1);
        assertThat(result.counts().unchangedOutcome()).isEqualTo(1);
        Difference difference = result.differences().get(0);
        assertThat(difference.differingFacts()).containsExactly("days_late", "fine_eur");
        assertThat(difference.beforeText()).isEqualTo("ACCEPTED; days_late=0; fine_eur=0");
        assertThat(difference.afterText()).isEqualTo("ACCEPTED; days_late=3; fine_eur=100");
    }

    @Test
    void comparesWhetherAClaimWasTouchedAndItsStatusButNotItsNumber() throws IOException {
        Comparison comparison = Comparison.against(report(dir.resolve("before.csv"), List.of(accepted("x.xml"))));

        comparison.add(with(with(accepted("x.xml"), "claim_number", ""), "claim_status", ""), null, "C-ZONNIG");

        assertThat(comparison.finish().differences().get(0).differingFacts())
                .containsExactly("claim_touched", "claim_status");
    }

    @Test
    void comparesUwvFlowsInTheirOrder() throws IOException {
        Map<String, String> twoFlows = with(accepted("x.xml"), "uwv_flows", "ZIEKTEAANGIFTE;HERSTELMELDING");
        Comparison comparison = Comparison.against(report(dir.resolve("before.csv"), List.of(twoFlows)));

        comparison.add(with(twoFlows, "uwv_flows", "HERSTELMELDING;ZIEKTEAANGIFTE"), null, "C-ZONNIG");

        assertThat(comparison.finish().differences().get(0).differingFacts()).containsExactly("uwv_flows");
    }

    @Test
    void ignoresDetailAndTimeOfReceipt() throws IOException {
        Comparison comparison = Comparison.against(report(dir.resolve("before.csv"), List.of(accepted("x.xml"))));

        comparison.add(
                with(with(accepted("x.xml"), "detail", "other words"), "received_at", "2027-01-01T00:00:00Z"),
                null,
                "C-ZONNIG");

        assertThat(comparison.finish().hasDifferences()).isFalse();
    }

    @Test
    void reportsMessagesOnOneSideOnlyReplayOrderFirst() throws IOException {
        Comparison comparison = Comparison.against(report(
                dir.resolve("before.csv"),
                List.of(accepted("gone-1.xml"), accepted("both.xml"), rejected("gone-2.xml", "BSN_INVALID"))));

        comparison.add(accepted("new.xml"), null, "C-NIEUW");
        comparison.add(accepted("both.xml"), null, "C-ZONNIG");
        Comparison.Result result = comparison.finish();

        assertThat(result.differences())
                .extracting(Difference::key)
                .containsExactly("new.xml", "gone-1.xml", "gone-2.xml");
        assertThat(result.counts().onlyAfter()).isEqualTo(1);
        assertThat(result.counts().onlyBefore()).isEqualTo(2);
        assertThat(result.counts().compared()).isEqualTo(1);
        Difference gone = result.differences().get(2);
        assertThat(gone.client()).isEmpty();
        assertThat(gone.afterText()).isEqualTo("(absent)");
        assertThat(gone.beforeText())
                .isEqualTo("REJECTED; codes=BSN_INVALID; claim_touched=false; claim_status=; uwv_flows=;"
                        + " days_late=; fine_eur=");
        assertThat(gone.codesRemoved()).isEmpty();
        assertThat(result.counts().clients())
                .containsExactly(
                        entry("", new Counts.ClientCount(2, 2)),
                        entry("C-NIEUW", new Counts.ClientCount(1, 1)),
                        entry("C-ZONNIG", new Counts.ClientCount(1, 0)));
    }

    @Test
    void countsEachChangeOfOutcomeAndTheUnchangedOnes() throws IOException {
        Comparison comparison = Comparison.against(report(
                dir.resolve("before.csv"),
                List.of(
                        accepted("1.xml"),
                        accepted("2.xml"),
                        accepted("3.xml"),
                        rejected("4.xml", "BSN_INVALID"),
                        accepted("5.xml"),
                        accepted("gone.xml"))));

        comparison.add(rejected("1.xml", "BSN_INVALID"), null, "C");
        comparison.add(rejected("2.xml", "BSN_INVALID"), null, "C");
        comparison.add(with(accepted("3.xml"), "days_late", "2"), null, "C");
        comparison.add(accepted("4.xml"), null, "C");
        comparison.add(accepted("5.xml"), null, "C");
        comparison.add(rejected("new.xml", "BSN_INVALID"), null, "C");
        Counts counts = comparison.finish().counts();

        assertThat(counts.outcomeChanges())
                .containsExactly(
                        entry(new Counts.Transition(null, "REJECTED"), 1),
                        entry(new Counts.Transition("ACCEPTED", null), 1),
                        entry(new Counts.Transition("ACCEPTED", "REJECTED"), 2),
                        entry(new Counts.Transition("REJECTED", "ACCEPTED"), 1));
        assertThat(counts.unchangedOutcome()).isEqualTo(2);
        assertThat(counts.equal()).isEqualTo(1);
        assertThat(counts.different()).isEqualTo(4);
    }

    @Test
    void matchesAnExportByContentHashPairingRepeatedContentInOrder() throws IOException {
        Path export = export(
                dir.resolve("export.csv"),
                List.of(accepted("mail-1"), with(accepted("mail-2"), "outcome", "DUPLICATE"), accepted("mail-3")),
                List.of(A, A, B.toUpperCase()));
        Comparison comparison = Comparison.against(export);

        // the replay names its sources differently; only the content identifies a message
        comparison.add(accepted("archive/b.xml"), B, "C");
        comparison.add(accepted("archive/a.xml"), A, "C");
        comparison.add(accepted("archive/a-again.xml"), A, "C");
        Comparison.Result result = comparison.finish();

        assertThat(result.matchBy()).isEqualTo(MatchBy.CONTENT_HASH);
        assertThat(result.counts().equal()).isEqualTo(2);
        assertThat(result.differences()).singleElement().satisfies(difference -> {
            assertThat(difference.key()).isEqualTo(A + "#2");
            assertThat(difference.source()).isEqualTo("archive/a-again.xml");
            assertThat(difference.beforeText()).isEqualTo("DUPLICATE");
            assertThat(difference.afterText()).isEqualTo("ACCEPTED");
        });
    }

    @Test
    void aThirdCopyInTheReplayIsOnlyAfter() throws IOException {
        Comparison comparison = Comparison.against(
                export(dir.resolve("export.csv"), List.of(accepted("m1"), accepted("m2")), List.of(A, A)));

        comparison.add(accepted("a.xml"), A, "C");
        comparison.add(accepted("a.xml"), A, "C");
        comparison.add(accepted("a.xml"), A, "C");
        Comparison.Result result = comparison.finish();

        assertThat(result.differences()).extracting(Difference::key).containsExactly(A + "#3");
        assertThat(result.counts().onlyAfter()).isEqualTo(1);
    }

    @Test
    void namesTheFileComparedWithByItsHash() throws IOException {
        Path before = report(dir.resolve("before.csv"), List.of(accepted("x.xml")));

        Comparison.Result result = Comparison.against(before).finish();

        assertThat(result.beforeName()).isEqualTo("before.csv");
        assertThat(result.beforeSha256()).isEqualTo(Sha256.of(before));
    }

    @Test
    void refusesAMissingFile() {
        Path missing = dir.resolve("missing.csv");

        assertThatThrownBy(() -> Comparison.against(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not exist")
                .hasMessageContaining("missing.csv");
    }

    @Test
    void refusesAFileLackingColumnsAndNamesThem() throws IOException {
        Path old = Files.writeString(
                dir.resolve("old.csv"),
                "source,message_id,format,test,outcome,claim_number,uwv_flows,codes,detail\r\n"
                        + "x.xml,M1,REFLEX,false,ACCEPTED,ZW-1,ZIEKTEAANGIFTE,,ok\r\n");

        assertThatThrownBy(() -> Comparison.against(old))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("lacks the column(s) claim_status, days_late, fine_eur");
    }

    @Test
    void refusesAnExportRowWithoutAHash() throws IOException {
        Path export = export(dir.resolve("export.csv"), List.of(accepted("m1"), accepted("m2")), List.of(A, ""));

        assertThatThrownBy(() -> Comparison.against(export))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 2 after the header")
                .hasMessageContaining("without a sha256");
    }

    @Test
    void refusesAReplayRowLackingColumns() throws IOException {
        Comparison comparison = Comparison.against(report(dir.resolve("before.csv"), List.of(accepted("x.xml"))));

        assertThatThrownBy(() -> comparison.add(Map.of("source", "x.xml", "outcome", "ACCEPTED"), null, "C"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("codes, claim_number, claim_status, uwv_flows, days_late, fine_eur");
    }

    @Test
    void takesNoMessagesOnceFinished() throws IOException {
        Comparison comparison = Comparison.against(report(dir.resolve("before.csv"), List.of(accepted("x.xml"))));
        comparison.finish();

        assertThatThrownBy(() -> comparison.add(accepted("x.xml"), null, "C"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void readsAFileThatStartsWithAByteOrderMark() throws IOException {
        Path before = report(dir.resolve("before.csv"), List.of(accepted("x.xml")));
        Files.writeString(before, "\uFEFF" + Files.readString(before));
        Comparison comparison = Comparison.against(before);

        comparison.add(accepted("x.xml"), null, "C");

        assertThat(comparison.finish().hasDifferences()).isFalse();
    }
}
