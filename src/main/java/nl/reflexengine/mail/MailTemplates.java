package nl.reflexengine.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The Dutch mail texts, kept in files (classpath {@code mail/<name>.txt}) so they can be read and changed
 * without touching Java. The first line is the subject ("Onderwerp: ..."); {{name}} is replaced by a value.
 * A placeholder without a value is an error, so a template and its caller cannot drift apart unnoticed.
 */
@Component
public class MailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");
    private static final String SUBJECT_PREFIX = "Onderwerp:";

    /** A rendered template. */
    public record Rendered(String subject, String body) {}

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public Rendered render(String name, Map<String, String> values) {
        String template = cache.computeIfAbsent(name, MailTemplates::load);
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
        String text = out.toString();
        int newline = text.indexOf('\n');
        String first = text.substring(0, newline).trim();
        if (!first.startsWith(SUBJECT_PREFIX)) {
            throw new IllegalStateException("mail template " + name + " must start with '" + SUBJECT_PREFIX + "'");
        }
        return new Rendered(
                first.substring(SUBJECT_PREFIX.length()).trim(),
                text.substring(newline + 1).strip() + "\n");
    }

    private static String load(String name) {
        try (InputStream in = MailTemplates.class.getResourceAsStream("/mail/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("no mail template mail/" + name + ".txt");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
