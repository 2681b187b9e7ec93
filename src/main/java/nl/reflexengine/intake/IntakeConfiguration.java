package nl.reflexengine.intake;

import jakarta.mail.Flags;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.SearchTerm;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The health of each intake, named as operations know them (the mailbox and the SFTP drops), and which
 * mails the mailbox intake picks up.
 */
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

    /**
     * Referenced in the mailbox endpoint URIs as {@code searchTerm=#undeletedMail}: every mail still in the
     * inbox, read or not. Camel's {@code unseen=true} would strand a mail for good when someone opens it in
     * a mail client first, or when the engine stops between camel-mail flagging it SEEN and moving it; a
     * mail that is moved is flagged DELETED, so this term never sees it again.
     */
    @Bean
    SearchTerm undeletedMail() {
        return new FlagTerm(new Flags(Flags.Flag.DELETED), false);
    }
}
