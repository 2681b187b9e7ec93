package nl.reflexengine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/** Compares UWV messages the engine wrote with reviewed expected ones. */
public final class UwvMessages {

    private UwvMessages() {}

    /**
     * Asserts that {@code actual} says what {@code expected} says, leaving out the one part that differs per
     * run: the creation time (Berichtkop/AangemaaktOp).
     */
    public static void assertSameMessage(String expected, String actual, String what) {
        Diff diff = DiffBuilder.compare(expected)
                .withTest(actual)
                .ignoreWhitespace()
                .ignoreComments()
                .withNodeFilter(node -> !"AangemaaktOp".equals(node.getLocalName()))
                .checkForSimilar()
                .build();
        assertThat(diff.hasDifferences()).as(what + ": " + diff).isFalse();
    }
}
