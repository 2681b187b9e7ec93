package nl.reflexengine.replay;

/**
 * One delivery of the archive as the engine once received it: a file as it was dropped (one XML message, or
 * a zip of several), or one mail.
 *
 * @param source where in the archive it is: the file's path, for a mail in a mailbox export the export's
 *     path and the mail's number ({@code inbox.mbox#3})
 */
sealed interface ArchivedDelivery {

    String source();

    Receipt receipt();

    /**
     * A file as it lay in a drop.
     *
     * @param clientId the client whose drop folder it lay in (the nearest folder named after a client), or null
     * @param test it lay in a test folder
     */
    record DroppedFile(ArchiveTree.File file, Receipt receipt, String clientId, boolean test)
            implements ArchivedDelivery {

        @Override
        public String source() {
            return file.path();
        }
    }

    /**
     * One mail, as raw MIME.
     *
     * @param test it lay in a test folder: it came through the test mailbox
     */
    record Mail(String source, byte[] mime, Receipt receipt, boolean test) implements ArchivedDelivery {}
}
