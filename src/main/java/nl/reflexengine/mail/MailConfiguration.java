package nl.reflexengine.mail;

import java.time.Duration;
import nl.reflexengine.outbox.EndpointOutage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class MailConfiguration {

    /** Whether the SMTP server can be reached; health "smtpServer". */
    @Bean
    EndpointOutage smtpServer(SmtpProperties smtp) {
        return new EndpointOutage(
                "SMTP server " + smtp.host() + ":" + smtp.port(),
                Duration.ofMillis(smtp.retryDelayMs()),
                Duration.ofMillis(smtp.outagePauseMaxMs()));
    }
}
