package nl.reflexengine.uwv;

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
}
