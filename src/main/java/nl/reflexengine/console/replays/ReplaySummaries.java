package nl.reflexengine.console.replays;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.reflexengine.users.ClientScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The auditors' replay comparisons kept in the replay folder ({@code reflex.console.replay-directory}): one
 * folder per replay, holding what {@code replay --report <folder>/report.csv --compare-with ...} wrote there.
 * A comparison covers a whole archive, every client in it: only an auditor of every registered client sees
 * them (decided in SQL).
 */
@Component
public class ReplaySummaries {

    /** The files of a replay folder the console hands out; nothing else in it is served. */
    public static final Set<String> FILES = Set.of("summary.html", "summary.pdf", "diff.csv", "report.csv");

    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";

    /** One replay folder with a summary. */
    public record Replay(String name, Instant written, List<String> files) {}

    private final Path directory;
    private final JdbcTemplate jdbc;

    public ReplaySummaries(@Value("${reflex.console.replay-directory}") Path directory, JdbcTemplate jdbc) {
        this.directory = directory.toAbsolutePath().normalize();
        this.jdbc = jdbc;
    }

    public Path directory() {
        return directory;
    }

    /** Whether the user may see every registered client, and so the comparisons of whole archives. */
    public boolean visibleTo(ClientScope scope) {
        Integer hidden = jdbc.queryForObject(
                "select count(*) from client c where not " + ClientScope.grantedWholeClient("c.client_id"),
                Integer.class,
                scope.userId());
        return hidden != null && hidden == 0;
    }

    /** The replay folders that hold a summary, newest first. */
    public List<Replay> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(directory)) {
            return folders.filter(folder -> folder.getFileName().toString().matches(NAME))
                    .filter(folder -> Files.isRegularFile(folder.resolve("summary.html")))
                    .map(this::replay)
                    .sorted(Comparator.comparing(Replay::written).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One file of a replay folder, if both names are what the console serves and the file exists. */
    public Optional<Path> file(String replay, String file) {
        if (!replay.matches(NAME) || !FILES.contains(file)) {
            return Optional.empty();
        }
        Path path = directory.resolve(replay).resolve(file).normalize();
        return path.startsWith(directory) && Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    private Replay replay(Path folder) {
        try {
            Instant written =
                    Files.getLastModifiedTime(folder.resolve("summary.html")).toInstant();
            List<String> files = FILES.stream()
                    .filter(name -> Files.isRegularFile(folder.resolve(name)))
                    .sorted()
                    .toList();
            return new Replay(folder.getFileName().toString(), written, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
