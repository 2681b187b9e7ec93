package nl.reflexengine.uwv;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import nl.reflexengine.outbox.OutboxState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * UWV messages by state, for operations: {@code reflex.uwv.messages} by our delivery state (queued, sent,
 * failed, ...) and {@code reflex.uwv.answers} by what Digipoort and UWV said (accepted, rejected, ...).
 * Read from the database at each scrape.
 */
@Component
class UwvMetrics implements MeterBinder {

    private final JdbcTemplate jdbc;

    UwvMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (OutboxState state : OutboxState.values()) {
            Gauge.builder("reflex.uwv.messages", () -> count("status", state.name()))
                    .description("UWV messages in this delivery state")
                    .tag("status", state.name())
                    .register(registry);
        }
        for (UwvStatus answer : UwvStatus.values()) {
            Gauge.builder("reflex.uwv.answers", () -> count("uwv_status", answer.name()))
                    .description("UWV messages whose last word from Digipoort or UWV is this")
                    .tag("uwv_status", answer.name())
                    .register(registry);
        }
    }

    /** {@code column} is one of two constants above, never data. */
    private double count(String column, String value) {
        Long messages =
                jdbc.queryForObject("select count(*) from uwv_outbox where " + column + " = ?", Long.class, value);
        return messages == null ? 0 : messages;
    }
}
