package nl.reflexengine.replay;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

/**
 * Reads an archive as the administrator keeps it, delivery by delivery in the order received: {@code .xml} and
 * {@code .zip} files as they were dropped, {@code .eml} files as single mails, mailbox exports
 * ({@code .mbox}, or any file starting with an mbox From_ line) mail by mail. A folder named after a client
 * or the test folder means what it means on the SFTP drops; {@code received.csv} files state receipt
 * times. Anything else (a README, reference data) is skipped and counted.
 */
final class ArchiveReader {

    /** What the folder names of the drops mean, as the engine's reference data and settings say. */
    record Folders(Predicate<String> isClient, Predicate<String> isTest) {}

    private final ArchiveTree archive;
    private final ReceiptManifest manifest;
    private final Instant asOf;
    private final Folders folders;
    private final long maxMailBytes;
    /** Each file of the archive with what it holds, decided once (an extension-less file must be opened). */
    private final List<Classified> files;

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
        this.files = archive.files().stream()
                .map(file -> new Classified(file, kind(file)))
                .toList();
    }

    private record Classified(ArchiveTree.File file, Kind kind) {}

    /**
     * Hands every delivery to {@code consumer} in the order it was received (ties in path order, the mails
     * of a mailbox export in their order in it), and says how many bytes of the archive each took
     * ({@code read}). A correction mailed days after its report was dropped is judged after it, wherever
     * the two lie in the tree. Only one mail per mailbox export is read ahead; other files are read when
     * their turn comes.
     */
    void forEach(Consumer<ArchivedDelivery> consumer, LongConsumer read) {
        PriorityQueue<Next> next = new PriorityQueue<>();
        List<Mailbox> mailboxes = new ArrayList<>();
        try {
            for (Classified classified : files) {
                ArchiveTree.File file = classified.file();
                switch (classified.kind()) {
                    case MESSAGE_FILE -> next.add(new Next(fileReceipt(file), file, 0, null, null));
                    case MAIL -> next.add(new Next(emlReceipt(file), file, 0, null, null));
                    case MAILBOX -> {
                        Mailbox mailbox = new Mailbox(file);
                        mailboxes.add(mailbox);
                        mailbox.next().ifPresent(next::add);
                    }
                    case MANIFEST -> {
                        // read before the replay started
                    }
                    case OTHER -> skipped++;
                }
            }
            while (!next.isEmpty()) {
                Next delivery = next.poll();
                if (delivery.mailbox() != null) {
                    consumer.accept(delivery.mail());
                    read.accept(delivery.mailbox().bytesSinceLast());
                    delivery.mailbox().next().ifPresent(next::add);
                } else if (delivery.file().extension().equals("eml")) {
                    // read when its turn comes rather than held: an archive may hold many thousands of mails
                    consumer.accept(mail(
                            delivery.file().path(),
                            withCrLf(read(delivery.file(), maxMailBytes)),
                            delivery.receipt(),
                            delivery.file()));
                    read.accept(delivery.file().size());
                } else {
                    consumer.accept(droppedFile(delivery.file()));
                    read.accept(delivery.file().size());
                }
            }
        } finally {
            mailboxes.forEach(Mailbox::close);
        }
    }

    /**
     * The next delivery of one file: by when it was received, then by path, then (in a mailbox export) by
     * its number there.
     *
     * @param mail for a mailbox export, the mail read ahead; else null
     */
    private record Next(Receipt receipt, ArchiveTree.File file, int number, Mailbox mailbox, ArchivedDelivery mail)
            implements Comparable<Next> {

        private static final Comparator<Next> ORDER = Comparator.comparing(
                        (Next n) -> n.receipt().at())
                .thenComparing(n -> n.file().path())
                .thenComparingInt(Next::number);

        @Override
        public int compareTo(Next other) {
            return ORDER.compare(this, other);
        }
    }

    /** A mailbox export being read, one mail ahead. */
    private final class Mailbox {
        private final ArchiveTree.File file;
        private final InputStream in;
        private final Mbox mbox;
        private int number;
        private long counted;

        Mailbox(ArchiveTree.File file) {
            this.file = file;
            try {
                this.in = archive.open(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file.path(), e);
            }
            this.mbox = new Mbox(in, maxMailBytes);
        }

        Optional<Next> next() {
            if (!mbox.hasNext()) {
                return Optional.empty();
            }
            number++;
            byte[] mime = withCrLf(mbox.next());
            ArchivedDelivery mail =
                    mail(file.path() + "#" + number, mime, mailReceipt(new ByteArrayInputStream(mime), file), file);
            return Optional.of(new Next(mail.receipt(), file, number, this, mail));
        }

        long bytesSinceLast() {
            long since = mbox.bytesRead() - counted;
            counted = mbox.bytesRead();
            return since;
        }

        void close() {
            try {
                in.close();
            } catch (IOException ignored) {
                // read only
            }
        }
    }

    /** Files that are no delivery (manifests not counted). */
    int skipped() {
        return skipped;
    }

    /** Every file that holds deliveries, for progress. */
    long deliveryBytes() {
        return files.stream()
                .filter(classified -> classified.kind() != Kind.OTHER && classified.kind() != Kind.MANIFEST)
                .mapToLong(classified -> classified.file().size())
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

    private ArchivedDelivery mail(String source, byte[] mime, Receipt receipt, ArchiveTree.File file) {
        boolean test = file.folders().stream().anyMatch(folders.isTest());
        return new ArchivedDelivery.Mail(source, mime, receipt, test);
    }

    /** An .eml's receipt from its header block alone: the mail itself is read when its turn comes. */
    private Receipt emlReceipt(ArchiveTree.File file) {
        try (InputStream in = archive.open(file)) {
            return mailReceipt(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.path(), e);
        }
    }

    private Receipt mailReceipt(InputStream mime, ArchiveTree.File file) {
        if (asOf != null) {
            return new Receipt(asOf, Receipt.AS_OF);
        }
        return MailTrace.receipt(mime).orElseGet(() -> fileReceipt(file));
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
