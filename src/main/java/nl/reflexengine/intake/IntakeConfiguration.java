package nl.reflexengine.intake;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The health of each intake, named as operations know them: the mailbox and the SFTP drops. */
@Configuration
class IntakeConfiguration {

    /** Referenced in the mailbox endpoint URI as {@code pollStrategy=#mailbox}; health "mailbox". */
    @Bean
    ConnectionWatch mailbox() {
        return new ConnectionWatch("reflex mailbox (IMAP)");
    }

    /** Referenced in the test mailbox's endpoint URI as {@code pollStrategy=#testMailbox}; health "testMailbox". */
    @Bean
    ConnectionWatch testMailbox() {
        return new ConnectionWatch("test mailbox (IMAP)");
    }

    /** Referenced in the SFTP endpoint URI as {@code pollStrategy=#sftpDrops}; health "sftpDrops". */
    @Bean
    ConnectionWatch sftpDrops() {
        return new ConnectionWatch("SFTP drops");
    }
}
