package nl.reflexengine.reference;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the reference files live ({@code reflex.reference.*}).
 *
 * @param directory folder with clients.csv, contracts.csv and branches.csv
 */
@Validated
@ConfigurationProperties("reflex.reference")
public record ReferenceProperties(@NotNull Path directory) {}
