package nl.reflexengine.bench;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Flags;

/** What an embedded GreenMail mailbox holds, for the benchmark and the tests that feed the engine by mail. */
public final class Mailboxes {

    private Mailboxes() {}

    /**
     * Mails in the user's inbox the engine has not moved away yet. A moved mail is copied to its folder and
     * flagged DELETED; until the engine's next poll expunges it, GreenMail still lists it.
     */
    public static long waitingInInbox(GreenMail mail, String user) throws FolderException {
        MailFolder inbox = mail.getManagers()
                .getImapHostManager()
                .getInbox(mail.getUserManager().getUser(user));
        long waiting = 0;
        for (StoredMessage stored : inbox.getMessages()) {
            if (!stored.getFlags().contains(Flags.Flag.DELETED)) {
                waiting++;
            }
        }
        return waiting;
    }
}
