package nl.reflexengine.validation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the validation pipeline ({@code reflex.validation.*}).
 *
 * @param schemaDirectory the folder holding the XSDs; schemas are read from here only
 * @param maxMessageBytes a message larger than this is rejected before it is parsed
 * @param maxSchemaViolations how many schema errors of one message are collected before parsing stops
 * @param payrollSystemsWithoutUitzendbeding payroll systems that may send employments without uitzendbeding
 */
@Validated
@ConfigurationProperties("reflex.validation")
public record ValidationProperties(
        @NotNull Path schemaDirectory,
        @Min(1024) @Max(512L * 1024 * 1024) long maxMessageBytes,
        @Min(1) @Max(1000) int maxSchemaViolations,
        @NotEmpty Set<String> payrollSystemsWithoutUitzendbeding) {}
