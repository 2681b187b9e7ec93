package nl.reflexengine.validation;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.reflexengine.violation.Violation;
import nl.reflexengine.violation.ViolationCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages come from outside. None of these may read a file, open a connection, expand an entity or
 * exhaust memory; each ends in its own violation code.
 */
class HostileXmlTest {

    private static final Duration QUICKLY = Duration.ofSeconds(5);

    private final PipelineFixture pipeline = new PipelineFixture();

    static byte[] validReflex() throws IOException {
        return Files.readAllBytes(Path.of("samples/reflex/valid/ziek-uitzendkracht.xml"));
    }

    /** The valid sample with a DOCTYPE before its root and the entity used in a field. */
    static byte[] withDoctype(String doctype, String entityUse) throws IOException {
        String xml = new String(validReflex(), UTF_8);
        int root = xml.indexOf("<Ziekmelding");
        String withEntity = xml.substring(root).replace("<Afzender>", "<Afzender>" + entityUse);
        if (!withEntity.contains(entityUse)) {
            withEntity = xml.substring(root).replace("</Verloningssysteem>", entityUse + "</Verloningssysteem>");
        }
        return (xml.substring(0, root) + doctype + "\n" + withEntity).getBytes(UTF_8);
    }

    @Test
    void externalEntityToAFileIsRejectedWithoutOpeningIt(@TempDir Path dir) throws Exception {
        // A named pipe blocks whoever opens it for reading until a writer comes: if the parser so much as
        // opened the file, this test would hang and time out.
        Path fifo = dir.resolve("secret");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        byte[] xxe = withDoctype("<!DOCTYPE Ziekmelding [<!ENTITY xxe SYSTEM \"" + fifo.toUri() + "\">]>", "&xxe;");

        List<ViolationCode> detected = assertTimeoutPreemptively(QUICKLY, () -> pipeline.codes(xxe));
        List<ViolationCode> parsed =
                assertTimeoutPreemptively(QUICKLY, () -> pipeline.schemaPassCodes(xxe, MessageFormat.REFLEX_V1));

        assertThat(detected).containsExactly(ViolationCode.XML_EXTERNAL_ENTITY_FORBIDDEN);
        assertThat(parsed).containsExactly(ViolationCode.XML_DOCTYPE_FORBIDDEN);
    }

    @Test
    void externalEntityToALocalPortMakesNoConnection() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/steal";
            byte[] xxe = withDoctype("<!DOCTYPE Ziekmelding [<!ENTITY xxe SYSTEM \"" + url + "\">]>", "&xxe;");

            assertThat(pipeline.codes(xxe)).containsExactly(ViolationCode.XML_EXTERNAL_ENTITY_FORBIDDEN);
            assertThat(pipeline.schemaPassCodes(xxe, MessageFormat.REFLEX_V1))
                    .containsExactly(ViolationCode.XML_DOCTYPE_FORBIDDEN);
            assertNoConnection(listener);
        }
    }

    @Test
    void externalSchemaLocationIsRefusedAndNeverFetched() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String xml = new String(validReflex(), UTF_8)
                    .replace(
                            "xmlns=\"urn:reflex-engine:reflex:v1\"",
                            "xmlns=\"urn:reflex-engine:reflex:v1\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                                    + " xsi:schemaLocation=\"urn:reflex-engine:reflex:v1 http://127.0.0.1:"
                                    + listener.getLocalPort() + "/evil.xsd\"");
            assertThat(xml).contains("schemaLocation");

            assertThat(pipeline.codes(xml.getBytes(UTF_8)))
                    .containsExactly(ViolationCode.XML_SCHEMA_LOCATION_FORBIDDEN);
            assertNoConnection(listener);
        }
    }

    @Test
    void billionLaughsIsRejectedQuicklyWithoutExpansion() throws Exception {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE Ziekmelding [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol%d \"&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;\">"
                    .formatted(i, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1));
        }
        byte[] bomb = withDoctype(doctype.append("]>").toString(), "&lol9;");

        assertThat(assertTimeoutPreemptively(QUICKLY, () -> pipeline.codes(bomb)))
                .containsExactly(ViolationCode.XML_ENTITY_EXPANSION_FORBIDDEN);
        assertThat(assertTimeoutPreemptively(QUICKLY, () -> pipeline.schemaPassCodes(bomb, MessageFormat.REFLEX_V1)))
                .containsExactly(ViolationCode.XML_DOCTYPE_FORBIDDEN);
    }

    @Test
    void plainDoctypeIsRejected() throws Exception {
        assertThat(pipeline.codes(withDoctype("<!DOCTYPE Ziekmelding>", "")))
                .containsExactly(ViolationCode.XML_DOCTYPE_FORBIDDEN);
    }

    @Test
    void tenThousandDeepNestingIsRejectedQuickly() throws Exception {
        String xml = new String(validReflex(), UTF_8);
        String deep = "<x>".repeat(10_000) + "</x>".repeat(10_000);
        byte[] nested = xml.replace("</Verloningssysteem>", "</Verloningssysteem>" + deep)
                .getBytes(UTF_8);

        assertThat(assertTimeoutPreemptively(QUICKLY, () -> pipeline.codes(nested)))
                .containsExactly(ViolationCode.XML_LIMIT_EXCEEDED);
    }

    @Test
    void aMessageAfterAnAbortedOneIsReadFromAFreshStart() throws Exception {
        // one parser and validator per thread serve message after message: a message abandoned halfway (too
        // deep, cut off, too many schema errors) must leave nothing behind for the next one
        String xml = new String(validReflex(), UTF_8);
        byte[] tooDeep = xml.replace("</Verloningssysteem>", "</Verloningssysteem>" + "<x>".repeat(100))
                .getBytes(UTF_8);
        byte[] cutOff = xml.substring(0, xml.indexOf("</Verloningssysteem>")).getBytes(UTF_8);
        byte[] manySchemaErrors = xml.replace("</Verloningssysteem>", "</Verloningssysteem>" + "<Onbekend/>".repeat(8))
                .getBytes(UTF_8);
        PipelineFixture stopsAtThree = new PipelineFixture(PipelineFixture.MAX_MESSAGE_BYTES, 3);

        assertThat(pipeline.codes(tooDeep)).containsExactly(ViolationCode.XML_LIMIT_EXCEEDED);
        assertThat(pipeline.codes(validReflex()))
                .as("after a message over the depth limit")
                .isEmpty();
        assertThat(pipeline.codes(cutOff)).containsExactly(ViolationCode.XML_NOT_WELL_FORMED);
        assertThat(pipeline.codes(validReflex())).as("after a message cut off").isEmpty();
        assertThat(stopsAtThree.violations(manySchemaErrors)).hasSize(3);
        assertThat(stopsAtThree.codes(validReflex()))
                .as("after a message abandoned at its third error")
                .isEmpty();
    }

    @Test
    void aThreadsParserIsRebuiltAfterARejectionAndAfterItsShareOfBytes() throws Exception {
        // a reused parser keeps every name it reads: a sender's own names must not pile up in it
        PipelineFixture fresh = new PipelineFixture();
        byte[] valid = validReflex();

        assertThat(fresh.codes(valid)).isEmpty();
        assertThat(fresh.codes(valid)).isEmpty();
        assertThat(fresh.schemaValidation.parsersBuilt())
                .as("reused for valid messages")
                .isEqualTo(1);

        byte[] unknownNames = new String(valid, UTF_8)
                .replace("</Verloningssysteem>", "</Verloningssysteem><Eigen1/><Eigen2/>")
                .getBytes(UTF_8);
        assertThat(fresh.codes(unknownNames)).isNotEmpty();
        assertThat(fresh.codes(valid)).isEmpty();
        assertThat(fresh.schemaValidation.parsersBuilt())
                .as("rebuilt after a rejection")
                .isEqualTo(2);

        int enoughForTheShare = (int) (SchemaValidation.RECYCLE_AFTER_BYTES / valid.length) + 1;
        for (int i = 0; i < enoughForTheShare; i++) {
            fresh.schemaPassCodes(valid, MessageFormat.REFLEX_V1);
        }
        assertThat(fresh.schemaValidation.parsersBuilt())
                .as("rebuilt after its share of bytes")
                .isEqualTo(3);
    }

    @Test
    void emptyAndBlankMessagesAreRejected() {
        assertThat(pipeline.codes(new byte[0])).containsExactly(ViolationCode.EMPTY_MESSAGE);
        assertThat(pipeline.codes(" \r\n\t ".getBytes(UTF_8))).containsExactly(ViolationCode.EMPTY_MESSAGE);
    }

    @Test
    void nonXmlAndTruncatedXmlAreNotWellFormed() throws Exception {
        byte[] valid = validReflex();
        byte[] truncated = java.util.Arrays.copyOf(valid, valid.length / 2);

        assertThat(pipeline.codes("client_id,name\nC-1,x\n".getBytes(UTF_8)))
                .containsExactly(ViolationCode.XML_NOT_WELL_FORMED);
        assertThat(pipeline.codes("%PDF-1.7 binary".getBytes(UTF_8)))
                .containsExactly(ViolationCode.XML_NOT_WELL_FORMED);
        assertThat(pipeline.codes(truncated)).containsExactly(ViolationCode.XML_NOT_WELL_FORMED);
    }

    @Test
    void unknownRootOrNamespaceIsAnUnknownFormat() {
        assertThat(pipeline.codes("<Ziekmelding xmlns=\"urn:reflex-engine:reflex:v9\"/>".getBytes(UTF_8)))
                .containsExactly(ViolationCode.UNKNOWN_MESSAGE_FORMAT);
        assertThat(pipeline.codes("<html><body>ziek</body></html>".getBytes(UTF_8)))
                .containsExactly(ViolationCode.UNKNOWN_MESSAGE_FORMAT);
    }

    @Test
    void oversizedMessageIsRejectedBeforeParsing() throws Exception {
        PipelineFixture small = new PipelineFixture(2048);
        assertThat(small.codes(validReflex())).containsExactly(ViolationCode.MESSAGE_TOO_LARGE);
    }

    @Test
    void byteOrderMarkAndDeclaredLatin1AreRead() throws Exception {
        String xml = new String(validReflex(), UTF_8);
        byte[] bom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] withBom = new byte[bom.length + xml.getBytes(UTF_8).length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(xml.getBytes(UTF_8), 0, withBom, bom.length, withBom.length - bom.length);
        String latin1 = xml.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
                .replace("<Achternaam>", "<Achternaam>Zoë ");

        assertThat(pipeline.codes(withBom)).isEmpty();
        assertThat(latin1).contains("ISO-8859-1");
        assertThat(pipeline.codes(latin1.getBytes(ISO_8859_1))).isEmpty();
    }

    @Test
    void schemaErrorsNeverQuoteTheOffendingValue() throws Exception {
        String xml = new String(validReflex(), UTF_8);
        String bsn = xml.substring(xml.indexOf("<Bsn>") + 5, xml.indexOf("</Bsn>"));
        byte[] badBsn = xml.replace("<Bsn>" + bsn, "<Bsn>" + bsn + "0").getBytes(UTF_8);

        List<Violation> violations = pipeline.violations(badBsn);

        assertThat(violations).extracting(Violation::code).containsExactly(ViolationCode.BSN_FORMAT);
        assertThat(violations.get(0).field()).isEqualTo("/Ziekmelding/Werknemer/Bsn");
        assertThat(violations.get(0).message()).doesNotContain(bsn);
    }

    @Test
    void everySchemaViolationIsReportedNotOnlyTheFirst() throws Exception {
        String xml = new String(validReflex(), UTF_8);
        String broken = xml.replaceFirst("<Geslacht>[A-Z]</Geslacht>", "<Geslacht>X</Geslacht>")
                .replaceFirst(
                        "<EersteZiektedag>[0-9-]+</EersteZiektedag>", "<EersteZiektedag>12-10-2026</EersteZiektedag>")
                .replaceFirst(
                        "<Loonheffingennummer>[^<]+</Loonheffingennummer>",
                        "<Loonheffingennummer>1L01</Loonheffingennummer>");

        assertThat(pipeline.codes(broken.getBytes(UTF_8)))
                .containsExactlyInAnyOrder(
                        ViolationCode.CODE_LIST_VALUE,
                        ViolationCode.DATE_FORMAT,
                        ViolationCode.LOONHEFFINGENNUMMER_FORMAT);
    }

    @Test
    void schemasOutsideTheSchemaDirectoryAreRefused(@TempDir Path dir) throws IOException {
        Path reflex = Files.createDirectories(dir.resolve("reflex"));
        Files.createDirectories(dir.resolve("digizsm"));
        Files.writeString(
                reflex.resolve("reflex-v1.xsd"),
                "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">"
                        + "<xs:include schemaLocation=\"../../outside.xsd\"/></xs:schema>");
        Files.writeString(
                dir.getParent().resolve("outside.xsd"), "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"/>");
        var properties = new ValidationProperties(dir, 4096, 5, java.util.Set.of("x"));

        assertThatThrownBy(() -> new SchemaCatalog(properties))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outside")
                .hasMessageContaining("refused");
    }

    private static void assertNoConnection(ServerSocket listener) throws IOException {
        listener.setSoTimeout(300);
        assertThatThrownBy(listener::accept).isInstanceOf(SocketTimeoutException.class);
    }
}
