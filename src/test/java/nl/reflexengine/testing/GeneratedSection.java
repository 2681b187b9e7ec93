package nl.reflexengine.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A part of a document that is generated from the code that defines it, between the markers
 * {@code <!-- name:start -->} and {@code <!-- name:end -->}. The check fails when the part differs from what
 * the code generates; with {@code -Dname.write=true} it rewrites the part in place and fails once, so a
 * rewrite never passes unnoticed.
 */
public final class GeneratedSection {

    private GeneratedSection() {}

    public static void check(Path document, String name, String generated, String testName) throws IOException {
        String start = "<!-- " + name + ":start -->";
        String end = "<!-- " + name + ":end -->";
        String write = name + ".write";
        String text = Files.readString(document);
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            fail(document + " must hold the markers " + start + " and " + end + ", in this order");
        }
        String section = text.substring(from + start.length(), to);
        String expected = "\n" + generated + "\n";
        if (!section.equals(expected) && Boolean.getBoolean(write)) {
            Files.writeString(document, text.substring(0, from + start.length()) + expected + text.substring(to));
            fail(document + " was rewritten; review the change and run again without -D" + write);
        }
        assertThat(section)
                .as("the generated part '" + name + "' of " + document + " is out of date; run ./mvnw -B test -Dtest="
                        + testName + " -D" + write + "=true")
                .isEqualTo(expected);
    }
}
