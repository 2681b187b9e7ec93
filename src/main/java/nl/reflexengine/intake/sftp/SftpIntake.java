package nl.reflexengine.intake.sftp;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
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
        String clientId = clientOfFolder(path);
        boolean testDrop = java.util.Arrays.asList(path.split("/")).contains(sftp.testFolder());
        Instant received = Instant.now();
        if (!ZipArchive.isZip(path)) {
            byte[] raw = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxMessageBytes + 1));
            return Delivery.of(
                    envelope(raw, path, clientId, received, testDrop),
                    List.of(envelope(raw, path, clientId, received, testDrop)));
        }
        byte[] zip = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxMailBytes() + 1));
        InboundMessage envelope = envelope(zip, path, clientId, received, testDrop);
        try {
            List<InboundMessage> messages = new ArrayList<>();
            for (ZipArchive.Entry entry : ZipArchive.xmlEntries(
                    new java.io.ByteArrayInputStream(zip), maxMessageBytes, limits.maxAttachments())) {
                messages.add(envelope(entry.content(), path + "!" + entry.name(), clientId, received, testDrop));
            }
            return Delivery.of(envelope, messages);
        } catch (ZipArchive.Unusable e) {
            return Delivery.rejected(
                    envelope, e.tooMany() ? ViolationCode.TOO_MANY_ATTACHMENTS : ViolationCode.ZIP_UNREADABLE);
        }
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
        return catalog.data().clients().stream().anyMatch(c -> c.id().equals(folder)) ? folder : null;
    }

    private InboundMessage envelope(byte[] raw, String source, String clientId, Instant received, boolean testDrop) {
        return new InboundMessage(
                raw, Channel.SFTP, source, sftp.username(), clientId, null, null, null, received, testDrop);
    }
}
