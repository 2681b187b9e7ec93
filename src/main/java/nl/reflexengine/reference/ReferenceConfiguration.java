package nl.reflexengine.reference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(ReferenceProperties.class)
class ReferenceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReferenceConfiguration.class);

    /** Loaded before any route starts: a message is never judged without its client's registration. */
    @Bean
    ReferenceCatalog referenceCatalog(
            ReferenceDataLoader loader, ReferenceDataStore store, ReferenceProperties properties) {
        ReferenceData data = loader.load(properties.directory());
        long version =
                store.replaceAll(data, properties.directory().toAbsolutePath().toString());
        log.info(
                "Reference data loaded from {}: {} clients, {} ZW contracts, {} branches",
                properties.directory().toAbsolutePath(),
                data.clients().size(),
                data.contracts().size(),
                data.branches().size());
        return new ReferenceCatalog(data, version);
    }
}
