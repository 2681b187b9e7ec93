package nl.reflexengine.intake.sftp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.reflexengine.intake.Channel;
import nl.reflexengine.intake.Delivery;
import nl.reflexengine.intake.Disposition;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.intake.IntakeProperties;
import nl.reflexengine.intake.ZipArchive;
import nl.reflexengine.reference.ReferenceCatalog;
import nl.reflexengine.validation.ValidationProperties;
import nl.reflexengine.violation.ViolationCode;
import org.springframework.stereotype.Component;

/**
 * Opens a file from an SFTP drop: an XML file is one message, a zip holds several. The file is read as a
 * stream and never past the size cap. A drop folder named after a client id (C-ZONNIG/...) makes that
 * client the registered sender of everything in it.
 */
@Component("sftpIntake")
public class SftpIntake {

    private final ReferenceCatalog catalog;
    private final IntakeProperties limits;
    private final long maxMessageBytes;
    private final SftpProperties sftp;

    public SftpIntake(
            ReferenceCatalog catalog, IntakeProperties limits, ValidationProperties validation, SftpProperties sftp) {
        this.catalog = catalog;
        this.limits = limits;
        this.maxMessageBytes = validation.maxMessageBytes();
        this.sftp = sftp;
    }

    /**
     * @param path the file's path below the drop's root, as the SFTP consumer names it (C-ZONNIG/x.xml);
     *     a file in a test folder (C-ZONNIG/test/x.xml) is a test message whatever its header says
     */
    public Delivery open(InputStream content, String path) throws IOException {
        boolean testDrop = Arrays.asList(path.split("/")).contains(sftp.testFolder());
        return open(
                content,
                path,
                new FileOrigin(Channel.SFTP, sftp.username(), clientOfFolder(path), testDrop, Instant.now()));
    }

    /**
     * Opens a file as a drop would, with its origin given: the replay of an archive says itself which client
     * folder a file lay in, whether it was a test folder and when the file was received.
     */
    public Delivery open(InputStream content, String path, FileOrigin origin) throws IOException {
        if (!ZipArchive.isZip(path)) {
            byte[] raw = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxMessageBytes + 1));
            return Delivery.of(origin.message(raw, path), List.of(origin.message(raw, path)));
        }
        byte[] zip = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxMailBytes() + 1));
        InboundMessage envelope = origin.message(zip, path);
        try {
            List<InboundMessage> messages = new ArrayList<>();
            for (ZipArchive.Entry entry :
                    ZipArchive.xmlEntries(new ByteArrayInputStream(zip), maxMessageBytes, limits.maxAttachments())) {
                messages.add(origin.message(entry.content(), path + "!" + entry.name()));
            }
            return Delivery.of(envelope, messages);
        } catch (ZipArchive.Unusable e) {
            return Delivery.rejected(
                    envelope, e.tooMany() ? ViolationCode.TOO_MANY_ATTACHMENTS : ViolationCode.ZIP_UNREADABLE);
        }
    }

    /** Whether a folder name is the name of a client's drop folder: its client id. */
    public boolean isClientFolder(String folder) {
        return catalog.data().clients().stream().anyMatch(c -> c.id().equals(folder));
    }

    /** Whether a folder name marks a test folder. */
    public boolean isTestFolder(String folder) {
        return folder.equals(sftp.testFolder());
    }

    /** The folder a file moves to, below its drop, once every outcome of it is stored. */
    public String folder(Disposition disposition) {
        return disposition == Disposition.PROCESSED ? sftp.doneFolder() : sftp.errorFolder();
    }

    private String clientOfFolder(String path) {
        int slash = path.indexOf('/');
        if (slash <= 0) {
            return null;
        }
        String folder = path.substring(0, slash);
        return isClientFolder(folder) ? folder : null;
    }

    /**
     * Where a dropped file came from.
     *
     * @param clientId the client whose drop folder it lay in, or null
     * @param test it lay in a test folder
     */
    public record FileOrigin(Channel channel, String sender, String clientId, boolean test, Instant receivedAt) {

        InboundMessage message(byte[] raw, String source) {
            return new InboundMessage(raw, channel, source, sender, clientId, null, null, null, receivedAt, test);
        }
    }
}
