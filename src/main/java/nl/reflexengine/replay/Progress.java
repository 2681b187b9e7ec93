package nl.reflexengine.replay;

import java.io.PrintStream;
import java.time.Duration;

/**
 * How far a long replay is: messages done, their rate, and the time left, estimated from the bytes of the
 * archive read so far (a mailbox export's number of mails is not known before it is read). On a terminal
 * one line is rewritten in place twice a second; otherwise (a log, a CI job) a line every few seconds.
 */
final class Progress {

    private final PrintStream out;
    private final boolean terminal;
    private final long totalBytes;
    private final long start = System.nanoTime();
    private final long intervalNanos;
    private long lastPrinted = start;
    private long bytesDone;
    private long messages;

    Progress(PrintStream out, boolean terminal, long totalBytes) {
        this.out = out;
        this.terminal = terminal;
        this.totalBytes = totalBytes;
        this.intervalNanos = Duration.ofMillis(terminal ? 500 : 2000).toNanos();
    }

    void message() {
        messages++;
        maybePrint();
    }

    void read(long bytes) {
        bytesDone += bytes;
    }

    long messages() {
        return messages;
    }

    double seconds() {
        return Math.max(0.001, (System.nanoTime() - start) / 1e9);
    }

    /** The last progress line, then (on a terminal) a line end so the summary starts on its own line. */
    void finish() {
        print();
        if (terminal) {
            out.println();
        }
    }

    private void maybePrint() {
        if (System.nanoTime() - lastPrinted >= intervalNanos) {
            print();
        }
    }

    private void print() {
        lastPrinted = System.nanoTime();
        double seconds = seconds();
        String line = "replay: %d messages, %d%% of the archive, %.0f msg/s, %s left"
                .formatted(messages, percentDone(), messages / seconds, left(seconds));
        if (terminal) {
            out.print("\r" + line + "   ");
            out.flush();
        } else {
            out.println(line);
        }
    }

    private long percentDone() {
        return totalBytes == 0 ? 100 : Math.min(100, bytesDone * 100 / totalBytes);
    }

    private String left(double seconds) {
        if (bytesDone == 0) {
            return "unknown time";
        }
        long left = Math.max(0, Math.round(seconds * (totalBytes - bytesDone) / bytesDone));
        return left >= 3600
                ? "%d h %02d min".formatted(left / 3600, left % 3600 / 60)
                : left >= 60 ? "%d min %02d s".formatted(left / 60, left % 60) : left + " s";
    }
}
