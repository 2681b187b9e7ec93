package nl.reflexengine.uwv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import nl.reflexengine.outbox.SendFailure;

/**
 * The default transport: each message as {@code <kenmerk>.xml} in an outbox directory, written to a
 * temporary name and moved into place, so whatever picks the files up never sees half a message. Writing
 * the same kenmerk again replaces the file with identical content: one message, not two.
 */
class FileUwvGateway implements UwvGateway {

    private final Path directory;

    FileUwvGateway(Path directory) {
        this.directory = directory;
    }

    @Override
    public UwvStatus deliver(String kenmerk, String xml) throws SendFailure {
        try {
            Files.createDirectories(directory);
            Path target = directory.resolve(kenmerk + ".xml");
            Path partial = directory.resolve(kenmerk + ".xml.part");
            Files.writeString(partial, xml, StandardCharsets.UTF_8);
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return UwvStatus.DELIVERED;
        } catch (IOException e) {
            // a full disk or a lost mount is the outbox's trouble, not this message's
            throw SendFailure.endpointDown("cannot write to the UWV outbox " + directory + ": " + e.getMessage(), e);
        }
    }
}
