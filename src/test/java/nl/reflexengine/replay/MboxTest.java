package nl.reflexengine.replay;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MboxTest {

    private static List<String> mails(String mbox, long cap) {
        Mbox mails = new Mbox(new ByteArrayInputStream(mbox.getBytes(UTF_8)), cap);
        List<String> read = new ArrayList<>();
        while (mails.hasNext()) {
            read.add(new String(mails.next(), UTF_8));
        }
        return read;
    }

    @Test
    void eachFromLineStartsAMailAndQuotedFromLinesLoseOneQuote() {
        String mbox = """
                From a@example Wed Oct 14 09:05:00 2026
                Subject: een

                >From now on we send zips.
                >>From quoted twice.
                > From is no From_ line.

                From b@example Wed Oct 14 09:06:00 2026
                Subject: twee

                body
                """;

        assertThat(mails(mbox, 1_000_000))
                .containsExactly(
                        "Subject: een\n\nFrom now on we send zips.\n>From quoted twice.\n> From is no From_ line.\n",
                        "Subject: twee\n\nbody\n");
    }

    @Test
    void aFromInsideAVeryLongLineStartsNoMail() {
        String longLine = "x".repeat(64 * 1024 - 1) + "From here on it is still the same line\n";
        String mbox = "From a Wed Oct 14 09:05:00 2026\nSubject: lang\n\n" + longLine;

        assertThat(mails(mbox, 1_000_000)).containsExactly("Subject: lang\n\n" + longLine);
    }

    @Test
    void textBeforeTheFirstFromLineBelongsToNoMail() {
        assertThat(mails("garbage\nFrom x Wed Oct 14 09:05:00 2026\nSubject: x\n", 1000))
                .containsExactly("Subject: x\n");
    }

    @Test
    void aMailLongerThanTheCapIsCutOneBytePastIt() {
        String mbox = "From x Wed Oct 14 09:05:00 2026\n" + "a".repeat(100) + "\nFrom y Wed Oct 14 09:05:00 2026\nok\n";

        List<String> read = mails(mbox, 10);

        assertThat(read).hasSize(2);
        assertThat(read.get(0)).hasSize(11);
        assertThat(read.get(1)).isEqualTo("ok\n");
    }

    @Test
    void aMailKeptWithBareLineFeedsGetsItsCrLfBack() {
        assertThat(new String(ArchiveReader.withCrLf("a\nb\r\nc\n".getBytes(UTF_8)), UTF_8))
                .isEqualTo("a\r\nb\r\nc\r\n");
        byte[] crlf = "a\r\nb\r\n".getBytes(UTF_8);
        assertThat(ArchiveReader.withCrLf(crlf)).isSameAs(crlf);
    }

    @Test
    void onlyAFileStartingWithAFromLineLooksLikeAnMbox() {
        assertThat(Mbox.looksLikeMbox("From x".getBytes(UTF_8))).isTrue();
        assertThat(Mbox.looksLikeMbox("<?xml".getBytes(UTF_8))).isFalse();
        assertThat(Mbox.looksLikeMbox("Fro".getBytes(UTF_8))).isFalse();
    }
}
