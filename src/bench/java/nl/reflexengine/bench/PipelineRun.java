package nl.reflexengine.bench;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.durability.Durability;
import nl.reflexengine.intake.Channel;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.pipeline.Submission;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The full pipeline: the engine started as for a one-off command (routes and database, no intake polling,
 * no sending; see {@link BenchEngine}), on a fresh H2 file or PostgreSQL schema, each message handed to the
 * production ingest route as the replay command does. Every outcome is checked against what the generator
 * meant it to be, and what the accepted messages left in the store is counted, so a fast run that skipped
 * work cannot pass for a result.
 */
final class PipelineRun {

    /** What the run did. */
    record Result(
            Feeder.Run run,
            ResourceMeter.Usage usage,
            Map<Outcome, Integer> outcomes,
            int unexpected,
            Long diskWrites,
            Map<String, Long> stored,
            double startSeconds) {}

    /** The production routes and store, nothing polled or sent: what the pipeline figure measures. */
    private static final Map<String, Object> PIPELINE_ONLY = Map.of(
            "reflex.local.enabled", "false",
            "reflex.mail.enabled", "false",
            "reflex.mail.test-enabled", "false",
            "reflex.sftp.enabled", "false",
            "reflex.uwv.enabled", "false",
            "reflex.smtp.enabled", "false");

    private final BenchArguments arguments;

    PipelineRun(BenchArguments arguments) {
        this.arguments = arguments;
    }

    Result run(SyntheticReports reports, SyntheticReports warmup, BenchStore.Place place) {
        Map<String, Object> settings = new HashMap<>(PIPELINE_ONLY);
        settings.putAll(place.engineSettings());
        long starting = System.nanoTime();
        try (ConfigurableApplicationContext engine = BenchEngine.start(settings, arguments.engineSettings())) {
            double startSeconds = (System.nanoTime() - starting) / 1e9;
            ProducerTemplate template = engine.getBean(ProducerTemplate.class);
            Durability durability = engine.getBean(Durability.class);
            MeterRegistry metrics = engine.getBean(MeterRegistry.class);
            for (int i = 0; i < arguments.warmup(); i++) {
                ingest(template, warmup.message(i).xml(), "warmup-" + i);
            }
            JdbcTemplate jdbc = engine.getBean(JdbcTemplate.class);
            Map<String, Long> before = stored(jdbc);
            Long writesBefore = diskWrites(place, metrics, jdbc);

            Map<Outcome, AtomicInteger> outcomes = new EnumMap<>(Outcome.class);
            for (Outcome outcome : Outcome.values()) {
                outcomes.put(outcome, new AtomicInteger());
            }
            AtomicInteger unexpected = new AtomicInteger();
            ResourceMeter meter = new ResourceMeter();
            Feeder.Run run = Feeder.run(
                    arguments.messages(),
                    arguments.threads(),
                    new Feeder.Work<SyntheticReports.Message>() {
                        @Override
                        public SyntheticReports.Message prepare(int index) {
                            return reports.message(index);
                        }

                        @Override
                        public void process(int index, SyntheticReports.Message message) {
                            Outcome outcome = ingest(template, message.xml(), "bench-" + index);
                            if (arguments.durableEachMessage()) {
                                // as a channel does before it lets go of the mail or file (route deliver)
                                durability.flush();
                            }
                            outcomes.get(outcome).incrementAndGet();
                            if (outcome != message.expected()) {
                                unexpected.incrementAndGet();
                            }
                        }

                        @Override
                        public void finish() {
                            durability.flush(); // the run is done once all of it is on disk
                        }
                    },
                    meter::start,
                    meter::stop);

            Long writesAfter = diskWrites(place, metrics, jdbc);
            Long diskWrites = writesBefore == null || writesAfter == null ? null : writesAfter - writesBefore;
            Map<String, Long> after = stored(jdbc);
            after.replaceAll((table, rows) -> rows - before.get(table));
            Map<Outcome, Integer> counted = new EnumMap<>(Outcome.class);
            outcomes.forEach((outcome, n) -> counted.put(outcome, n.get()));
            return new Result(run, meter.usage(), counted, unexpected.get(), diskWrites, after, startSeconds);
        }
    }

    private static Outcome ingest(ProducerTemplate template, byte[] xml, String source) {
        InboundMessage inbound = InboundMessage.file(xml, Channel.REPLAY, source, Instant.now(), false);
        Exchange result =
                template.send("direct:ingest", exchange -> exchange.getIn().setBody(inbound));
        if (result.getException() != null) {
            throw new IllegalStateException("the pipeline failed on " + source, result.getException());
        }
        return result.getIn().getBody(Submission.class).outcome();
    }

    /** Rows the pipeline writes, per table: every message, and for an accepted one its claim and outboxes. */
    private static Map<String, Long> stored(JdbcTemplate jdbc) {
        Map<String, Long> rows = new java.util.LinkedHashMap<>();
        for (String table : List.of("audit_message", "claim", "action_point", "uwv_outbox", "mail_outbox")) {
            rows.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return rows;
    }

    /**
     * On H2 the engine's count of writes of committed work to the database file (metric
     * reflex.durability.writes). On PostgreSQL, where every commit is durable and the engine writes nothing
     * itself, the WAL syncs of the whole cluster (pg_stat_wal, PostgreSQL 14 and later; null before).
     */
    private static Long diskWrites(BenchStore.Place place, MeterRegistry metrics, JdbcTemplate jdbc) {
        if (!place.postgresql()) {
            return (long)
                    metrics.get("reflex.durability.writes").functionCounter().count();
        }
        try {
            return jdbc.queryForObject("select wal_sync from pg_stat_wal", Long.class);
        } catch (DataAccessException olderThan14) {
            return null;
        }
    }
}
