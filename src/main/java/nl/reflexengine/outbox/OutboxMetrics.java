package nl.reflexengine.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Per outbox, for operations: how many items wait to be sent ({@code reflex.outbox.depth}), how long the
 * oldest of them has waited ({@code reflex.outbox.oldest.age}, seconds), and how many failed for good and
 * wait for an operator ({@code reflex.outbox.failed}). Read from the database at each scrape, so every
 * instance reports the shared outboxes alike.
 */
@Component
class OutboxMetrics implements MeterBinder {

    private final List<OutboxDispatcher<?, ?>> outboxes;

    OutboxMetrics(List<OutboxDispatcher<?, ?>> outboxes) {
        this.outboxes = outboxes;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (OutboxDispatcher<?, ?> outbox : outboxes) {
            Gauge.builder("reflex.outbox.depth", outbox, OutboxDispatcher::waiting)
                    .description("items waiting to be sent")
                    .tag("outbox", outbox.outboxName())
                    .register(registry);
            Gauge.builder("reflex.outbox.oldest.age", outbox, OutboxDispatcher::oldestWaitingSeconds)
                    .description("seconds the oldest waiting item has waited")
                    .baseUnit("seconds")
                    .tag("outbox", outbox.outboxName())
                    .register(registry);
            Gauge.builder("reflex.outbox.failed", outbox, OutboxDispatcher::failed)
                    .description("items that failed for good and wait for an operator")
                    .tag("outbox", outbox.outboxName())
                    .register(registry);
        }
    }
}
