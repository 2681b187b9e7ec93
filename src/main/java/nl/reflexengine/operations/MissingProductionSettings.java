package nl.reflexengine.operations;

import java.util.List;

/** The production profile was started without some of the environment variables it needs. */
public class MissingProductionSettings extends RuntimeException {

    private final List<String> missing;

    MissingProductionSettings(List<String> missing) {
        super("missing environment variables of the production profile: " + String.join(", ", missing));
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
