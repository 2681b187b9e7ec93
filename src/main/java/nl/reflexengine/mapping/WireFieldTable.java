package nl.reflexengine.mapping;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the fields of the canonical model sit below one root element of one wire format. Keys are canonical
 * field paths as the business rules name them, a list element written {@code []} ({@code wagePeriods[].end});
 * values are the element path below the root, the repeated element marked {@code []}
 * ({@code Loongegevens/Aangifteperiode[]/Einddatum}).
 */
final class WireFieldTable {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private final Map<String, String> paths;

    private WireFieldTable(Map<String, String> paths) {
        this.paths = Map.copyOf(paths);
    }

    static Builder builder() {
        return new Builder();
    }

    /** Field names and their elements, in pairs: {@code names("bsn", "Bsn", "iban", "Iban")}. */
    static Map<String, String> names(String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("names come in pairs");
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            names.put(pairs[i], pairs[i + 1]);
        }
        return names;
    }

    /** The canonical paths this table names, for tests that hold it against the model. */
    Set<String> canonicalPaths() {
        return paths.keySet();
    }

    /**
     * The element path below the root, list positions carried over: {@code wagePeriods[1].end} becomes
     * {@code Loongegevens/Aangifteperiode[2]/Einddatum}. The first of a list has no position, as in the
     * path of a schema error, so one element reads the same whichever check found it.
     */
    Optional<String> find(String canonicalPath) {
        Matcher index = INDEX.matcher(canonicalPath);
        StringBuilder key = new StringBuilder();
        java.util.List<Integer> positions = new java.util.ArrayList<>();
        while (index.find()) {
            positions.add(Integer.parseInt(index.group(1)) + 1);
            index.appendReplacement(key, "[]");
        }
        index.appendTail(key);
        String wire = paths.get(key.toString());
        if (wire == null) {
            return Optional.empty();
        }
        for (int position : positions) {
            wire = wire.replaceFirst(Pattern.quote("[]"), position == 1 ? "" : "[" + position + "]");
        }
        return Optional.of(wire);
    }

    static final class Builder {
        private final Map<String, String> paths = new LinkedHashMap<>();

        /** One field: canonical path and its element path below the root. */
        Builder field(String canonicalPath, String wirePath) {
            if (count(canonicalPath) != count(wirePath)) {
                throw new IllegalArgumentException("list positions differ: " + canonicalPath + " -> " + wirePath);
            }
            if (paths.putIfAbsent(canonicalPath, wirePath) != null) {
                throw new IllegalArgumentException("named twice: " + canonicalPath);
            }
            return this;
        }

        /**
         * A group (employer, employee, ...) in one element, and its fields by their name in the group; a field
         * named "" is the group's element itself.
         */
        Builder group(String canonicalPrefix, String wirePrefix, Map<String, String> fields) {
            field(canonicalPrefix, wirePrefix);
            fields.forEach((name, element) -> field(
                    canonicalPrefix + "." + name,
                    element.isEmpty() ? wirePrefix : wirePrefix.isEmpty() ? element : wirePrefix + "/" + element));
            return this;
        }

        /** Everything another table names, e.g. what all message types of a format share. */
        Builder all(WireFieldTable other) {
            other.paths.forEach(this::field);
            return this;
        }

        WireFieldTable build() {
            return new WireFieldTable(paths);
        }

        private static int count(String path) {
            return path.split("\\[]", -1).length - 1;
        }
    }
}
