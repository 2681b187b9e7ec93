package nl.reflexengine.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The Dutch mail texts, kept in files (classpath {@code mail/<name>.txt}) so they can be read and changed
 * without touching Java. The first line is the subject ("Onderwerp: ..."); {{name}} is replaced by a value.
 * A placeholder without a value is an error, so a template and its caller cannot drift apart unnoticed.
 * Every mail ends with the one greeting and signature of {@code mail/signature.txt}, and every template
 * must tell where to ask questions ({{contact}}): the reader of any mail can act on it.
 */
@Component
public class MailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");
    private static final String SUBJECT_PREFIX = "Onderwerp:";
    private static final String SIGNATURE = "signature";
    private static final String CONTACT = "contact";

    /** A rendered template. */
    public record Rendered(String subject, String body) {}

    private final Map<String, String> cache = new ConcurrentHashMap<>();
    private final MailTextProperties text;

    public MailTemplates(MailTextProperties text) {
        this.text = text;
    }

    public Rendered render(String name, Map<String, String> values) {
        String template = cache.computeIfAbsent(name, MailTemplates::load);
        if (!template.contains("{{" + CONTACT + "}}")) {
            throw new IllegalStateException("mail template " + name + " must say where to ask: {{" + CONTACT + "}}");
        }
        Map<String, String> all = new HashMap<>(values);
        all.put(CONTACT, text.contact());
        all.put(SIGNATURE, text.signature().trim());
        String filled = fill(name, template + "\n\n" + cache.computeIfAbsent(SIGNATURE, MailTemplates::load), all);
        int newline = filled.indexOf('\n');
        String first = filled.substring(0, newline).trim();
        if (!first.startsWith(SUBJECT_PREFIX)) {
            throw new IllegalStateException("mail template " + name + " must start with '" + SUBJECT_PREFIX + "'");
        }
        return new Rendered(
                first.substring(SUBJECT_PREFIX.length()).trim(),
                filled.substring(newline + 1).strip() + "\n");
    }

    private static String fill(String name, String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException(
                        "mail template " + name + " needs a value for {{" + matcher.group(1) + "}}");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String load(String name) {
        try (InputStream in = MailTemplates.class.getResourceAsStream("/mail/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("no mail template mail/" + name + ".txt");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
