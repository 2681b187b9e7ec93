package nl.reflexengine.uwv;

import java.time.Duration;
import nl.reflexengine.durability.Durability;
import nl.reflexengine.outbox.EndpointOutage;
import nl.reflexengine.outbox.OutboxDispatcher;
import nl.reflexengine.outbox.OutboxTable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration
class UwvConfiguration {

    /**
     * A message sent again after a Digipoort failure starts its lifecycle afresh. A message that refers to
     * another (a follow-up to its Ziekteaangifte, a withdrawal to what it withdraws) waits while that one has
     * not left yet: UWV must never hear of a kenmerk before the message that carries it.
     */
    static final OutboxTable<QueuedUwvMessage> UWV_OUTBOX = new OutboxTable<>(
            "uwv_outbox",
            "uwv",
            "id, kenmerk, xml, attempts",
            (rs, row) -> new QueuedUwvMessage(
                    rs.getLong("id"), rs.getString("kenmerk"), rs.getString("xml"), rs.getInt("attempts")),
            ", uwv_status = null",
            " and not exists (select 1 from uwv_outbox earlier where earlier.kenmerk = uwv_outbox.refers_to"
                    + " and earlier.status in ('QUEUED', 'SENDING', 'FAILED'))");

    /** The configured transport; the HTTP adapter needs its URL, checked here at start-up. */
    @Bean
    UwvGateway uwvGateway(UwvProperties properties) {
        return switch (properties.adapter()) {
            case FILE -> new FileUwvGateway(properties.outboxDirectory());
            case HTTP -> {
                if (properties.url() == null) {
                    throw new IllegalStateException("reflex.uwv.url must be set when reflex.uwv.adapter=HTTP");
                }
                yield new HttpUwvGateway(properties.url());
            }
        };
    }

    /** Whether the UWV endpoint can be reached; health "uwvEndpoint". */
    @Bean
    EndpointOutage uwvEndpoint(UwvProperties properties) {
        String where = properties.adapter() == UwvProperties.Adapter.HTTP
                ? String.valueOf(properties.url())
                : properties.outboxDirectory().toString();
        return new EndpointOutage(
                "UWV " + properties.adapter() + " " + where,
                Duration.ofMillis(properties.outbox().retryDelayMs()),
                Duration.ofMillis(properties.outbox().outagePauseMaxMs()));
    }

    /** Sends the UWV outbox; route uwv-outbox drains it, command {@code requeue uwv} puts failed messages back. */
    @Bean
    OutboxDispatcher<QueuedUwvMessage, UwvStatus> uwvDispatcher(
            UwvProperties properties,
            UwvGateway gateway,
            UwvStatusReports statuses,
            @Qualifier("uwvEndpoint") EndpointOutage endpoint,
            Durability durability,
            JdbcTemplate jdbc,
            TransactionTemplate transaction) {
        return new OutboxDispatcher<>(
                UWV_OUTBOX,
                "UWV message",
                new UwvSender(gateway, statuses),
                properties.outbox(),
                endpoint,
                durability,
                jdbc,
                transaction);
    }
}
