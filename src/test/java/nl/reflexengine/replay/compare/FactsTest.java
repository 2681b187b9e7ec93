package nl.reflexengine.replay.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactsTest {

    private static Map<String, String> row(String outcome, String claimStatus, String daysLate, String flows) {
        Map<String, String> row = new HashMap<>();
        row.put("source", "x.xml");
        row.put("outcome", outcome);
        row.put("codes", "");
        row.put("claim_number", "ZM-2026-000001");
        row.put("claim_status", claimStatus);
        row.put("uwv_flows", flows);
        row.put("days_late", daysLate);
        row.put("fine_eur", daysLate.isEmpty() ? "" : "0");
        return row;
    }

    @Test
    void claimFactsRecordedBeforeTheEngineKeptThemAreNotCompared() {
        Facts recordedBeforeV11 = Facts.of(row("ACCEPTED", "", "", "ZIEKTEAANGIFTE"));
        Facts replayed = Facts.of(row("ACCEPTED", "LOPEND", "3", "ZIEKTEAANGIFTE"));

        assertThat(recordedBeforeV11.differingFrom(replayed)).isEmpty();
        assertThat(replayed.differingFrom(recordedBeforeV11)).isEmpty();
    }

    @Test
    void whatIsKnownOnBothSidesIsStillCompared() {
        Facts recordedBeforeV11 = Facts.of(row("ACCEPTED", "", "", "ZIEKTEAANGIFTE"));
        Facts replayed = Facts.of(row("ACCEPTED", "LOPEND", "3", "ZIEKTEAANGIFTE_INTREKKING;ZIEKTEAANGIFTE"));
        Facts later = Facts.of(row("ACCEPTED", "GESLOTEN", "3", "ZIEKTEAANGIFTE"));

        assertThat(recordedBeforeV11.differingFrom(replayed)).containsExactly("uwv_flows");
        assertThat(later.differingFrom(Facts.of(row("ACCEPTED", "LOPEND", "3", "ZIEKTEAANGIFTE"))))
                .containsExactly("claim_status");
    }
}
