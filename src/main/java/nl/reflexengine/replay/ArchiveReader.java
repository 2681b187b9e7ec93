package nl.reflexengine.replay;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

/**
 * Reads an archive as the administrator keeps it, delivery by delivery in path order: {@code .xml} and
 * {@code .zip} files as they were dropped, {@code .eml} files as single mails, mailbox exports
 * ({@code .mbox}, or any file starting with an mbox From_ line) mail by mail. A folder named after a client
 * or the test folder means what it means on the SFTP drops; {@code received.csv} files state receipt
 * times. Anything else (a README, reference data) is skipped and counted.
 */
final class ArchiveReader {

    /** For parsing raw MIME only: nothing is sent or fetched through it. */
    private static final Session LOCAL = Session.getInstance(new Properties());

    /** What the folder names of the drops mean, as the engine's reference data and settings say. */
    record Folders(Predicate<String> isClient, Predicate<String> isTest) {}

    private final ArchiveTree archive;
    private final ReceiptManifest manifest;
    private final Instant asOf;
    private final Folders folders;
    private final long maxMailBytes;
    private int skipped;

    /**
     * @param asOf when given, every delivery is judged as of this moment, whatever the archive says
     */
    ArchiveReader(ArchiveTree archive, ReceiptManifest manifest, Instant asOf, Folders folders, long maxMailBytes) {
        this.archive = archive;
        this.manifest = manifest;
        this.asOf = asOf;
        this.folders = folders;
        this.maxMailBytes = maxMailBytes;
    }

    /**
     * Hands every delivery to {@code consumer} in path order, and says how many bytes of the archive each
     * took ({@code read}): a file once it is handed on, a mailbox export mail by mail.
     */
    void forEach(Consumer<ArchivedDelivery> consumer, LongConsumer read) {
        for (ArchiveTree.File file : archive.files()) {
            switch (kind(file)) {
                case MESSAGE_FILE -> {
                    consumer.accept(droppedFile(file));
                    read.accept(file.size());
                }
                case MAIL -> {
                    consumer.accept(mail(file.path(), read(file, maxMailBytes), file));
                    read.accept(file.size());
                }
                case MAILBOX -> forEachMail(file, consumer, read);
                case MANIFEST -> {
                    // read before the replay started
                }
                case OTHER -> skipped++;
            }
        }
    }

    /** Files that are no delivery (manifests not counted). */
    int skipped() {
        return skipped;
    }

    /** Every file that holds deliveries, for progress. */
    long deliveryBytes() {
        return archive.files().stream()
                .filter(file -> kind(file) != Kind.OTHER && kind(file) != Kind.MANIFEST)
                .mapToLong(ArchiveTree.File::size)
                .sum();
    }

    InputStream open(ArchiveTree.File file) throws IOException {
        return archive.open(file);
    }

    private enum Kind {
        MESSAGE_FILE,
        MAIL,
        MAILBOX,
        MANIFEST,
        OTHER
    }

    private Kind kind(ArchiveTree.File file) {
        if (ReceiptManifest.isManifest(file)) {
            return Kind.MANIFEST;
        }
        return switch (file.extension()) {
            case "xml", "zip" -> Kind.MESSAGE_FILE;
            case "eml" -> Kind.MAIL;
            case "mbox", "mbx" -> Kind.MAILBOX;
            case "" -> Mbox.looksLikeMbox(read(file, 5)) ? Kind.MAILBOX : Kind.OTHER;
            default -> Kind.OTHER;
        };
    }

    private ArchivedDelivery droppedFile(ArchiveTree.File file) {
        String clientId = null;
        boolean test = false;
        for (String folder : file.folders()) {
            if (folders.isClient().test(folder)) {
                clientId = folder; // the nearest client folder names the drop
            }
            test |= folders.isTest().test(folder);
        }
        return new ArchivedDelivery.DroppedFile(file, fileReceipt(file), clientId, test);
    }

    private void forEachMail(ArchiveTree.File file, Consumer<ArchivedDelivery> consumer, LongConsumer read) {
        try (InputStream in = archive.open(file)) {
            Mbox mbox = new Mbox(in, maxMailBytes);
            long counted = 0;
            for (int number = 1; mbox.hasNext(); number++) {
                consumer.accept(mail(file.path() + "#" + number, mbox.next(), file));
                read.accept(mbox.bytesRead() - counted);
                counted = mbox.bytesRead();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.path(), e);
        }
    }

    private ArchivedDelivery mail(String source, byte[] raw, ArchiveTree.File file) {
        byte[] mime = withCrLf(raw);
        boolean test = file.folders().stream().anyMatch(folders.isTest());
        Receipt receipt = asOf != null
                ? new Receipt(asOf, Receipt.AS_OF)
                : mailReceipt(mime).orElseGet(() -> fileReceipt(file));
        return new ArchivedDelivery.Mail(source, mime, receipt, test);
    }

    /**
     * Mail travels with CRLF line ends, and a mail server hands it over so; an archive (an mbox, an .eml saved
     * on Unix) may keep LF alone. Back to CRLF, the mail and its text attachments have the bytes, and so the
     * content hashes, they had when the engine received them.
     */
    static byte[] withCrLf(byte[] mail) {
        int bareLf = 0;
        for (int i = 0; i < mail.length; i++) {
            if (mail[i] == '\n' && (i == 0 || mail[i - 1] != '\r')) {
                bareLf++;
            }
        }
        if (bareLf == 0) {
            return mail;
        }
        byte[] crlf = new byte[mail.length + bareLf];
        int j = 0;
        for (int i = 0; i < mail.length; i++) {
            if (mail[i] == '\n' && (i == 0 || mail[i - 1] != '\r')) {
                crlf[j++] = '\r';
            }
            crlf[j++] = mail[i];
        }
        return crlf;
    }

    private static Optional<Receipt> mailReceipt(byte[] mime) {
        try {
            return MailTrace.receipt(new MimeMessage(LOCAL, new ByteArrayInputStream(mime)));
        } catch (MessagingException | RuntimeException unparseable) {
            return Optional.empty(); // the intake will say what is wrong with it
        }
    }

    private Receipt fileReceipt(ArchiveTree.File file) {
        if (asOf != null) {
            return new Receipt(asOf, Receipt.AS_OF);
        }
        return manifest.receivedAt(file)
                .map(at -> new Receipt(at, Receipt.MANIFEST))
                .orElseGet(() -> new Receipt(file.modified(), Receipt.MODIFIED));
    }

    private byte[] read(ArchiveTree.File file, long cap) {
        try (InputStream in = archive.open(file)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.path(), e);
        }
    }
}
