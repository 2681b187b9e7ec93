package nl.reflexengine.operations;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns missing production settings into one start-up message that names each of them. */
class MissingProductionSettingsAnalyzer extends AbstractFailureAnalyzer<MissingProductionSettings> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingProductionSettings cause) {
        return new FailureAnalysis(
                "The production profile needs these environment variables, which are not set:\n    "
                        + String.join("\n    ", cause.missing()),
                "Set each of them (application-production.properties says what each is for; OPERATIONS.md,"
                        + " 'Production') and start the engine again.",
                null);
    }
}
