package nl.reflexengine.reference;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad reference file into a start-up message that names the file, the line and what to fix. */
class ReferenceDataFailureAnalyzer extends AbstractFailureAnalyzer<ReferenceDataException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ReferenceDataException cause) {
        return new FailureAnalysis(
                "Reference data could not be loaded: " + cause.getMessage(),
                "Correct the file named above (see samples/README.md, 'Reference data'), or point reflex.reference.directory"
                        + " at the right folder, and start the engine again.",
                cause);
    }
}
