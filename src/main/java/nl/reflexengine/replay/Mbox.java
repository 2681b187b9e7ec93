package nl.reflexengine.replay;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The mails of a mailbox export in mbox format, one at a time: each starts at a line beginning with
 * {@code "From "} (the From_ line, which is not part of the mail). A body line that began with "From " was
 * written as {@code ">From "} (mboxrd also quotes {@code ">From "} again); one {@code '>'} is taken off
 * again. The empty line before a From_ line separates two mails and belongs to neither. A mail longer than
 * the cap is cut one byte past it, which the mail intake rejects as too large.
 */
final class Mbox implements Iterator<byte[]> {

    private static final byte[] FROM_LINE = "From ".getBytes(StandardCharsets.US_ASCII);

    private final InputStream in;
    private final long cap;
    private byte[] line;
    private boolean lastEndedLine = true;
    private boolean lineStart = true;
    private long bytesRead;

    Mbox(InputStream in, long cap) {
        this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in);
        this.cap = cap;
        this.line = readLine();
        while (line != null && !isFromLine(line)) {
            line = readLine(); // anything before the first From_ line belongs to no mail
        }
    }

    /** How much of the export has been read: for progress through a large one. */
    long bytesRead() {
        return bytesRead;
    }

    /** Whether content looks like an mbox: it starts with a From_ line. */
    static boolean looksLikeMbox(byte[] start) {
        return startsWith(start, FROM_LINE, 0);
    }

    @Override
    public boolean hasNext() {
        return line != null;
    }

    @Override
    public byte[] next() {
        if (line == null) {
            throw new NoSuchElementException();
        }
        ByteArrayOutputStream mail = new ByteArrayOutputStream();
        byte[] held = null; // an empty line is written only once a line after it shows it is no separator
        line = readLine(); // past the From_ line
        while (line != null && !isFromLine(line)) {
            if (held != null) {
                write(mail, held);
                held = null;
            }
            if (isEmptyLine(line)) {
                held = line;
            } else {
                write(mail, unquoted(line));
            }
            line = readLine();
        }
        return mail.toByteArray();
    }

    private void write(ByteArrayOutputStream mail, byte[] line) {
        if (mail.size() <= cap) {
            mail.write(line, 0, (int) Math.min(line.length, cap + 1 - mail.size()));
        }
    }

    private boolean isFromLine(byte[] line) {
        return lineStart && startsWith(line, FROM_LINE, 0);
    }

    private static boolean isEmptyLine(byte[] line) {
        return (line.length == 1 && line[0] == '\n') || (line.length == 2 && line[0] == '\r' && line[1] == '\n');
    }

    /** ">From " and ">>From " lose one '>'; other lines stay as they are. */
    private static byte[] unquoted(byte[] line) {
        int quotes = 0;
        while (quotes < line.length && line[quotes] == '>') {
            quotes++;
        }
        if (quotes > 0 && startsWith(line, FROM_LINE, quotes)) {
            byte[] shorter = new byte[line.length - 1];
            System.arraycopy(line, 1, shorter, 0, shorter.length);
            return shorter;
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix, int offset) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * One line with its line end, or null at the end. A very long line is returned in pieces; only a piece
     * at the start of a line can be a From_ line ({@link #lineStart}).
     */
    private byte[] readLine() {
        lineStart = lastEndedLine;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(128);
            int b;
            lastEndedLine = false;
            while ((b = in.read()) != -1) {
                bytesRead++;
                out.write(b);
                if (b == '\n') {
                    lastEndedLine = true;
                    break;
                }
                if (out.size() >= 64 * 1024) {
                    break;
                }
            }
            return out.size() == 0 ? null : out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mailbox export", e);
        }
    }
}
