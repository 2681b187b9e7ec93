package nl.reflexengine.uwv;

import java.time.Duration;
import nl.reflexengine.outbox.EndpointOutage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class UwvConfiguration {

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
                Duration.ofMillis(properties.retryDelayMs()),
                Duration.ofMillis(properties.outagePauseMaxMs()));
    }
}
