package nl.reflexengine.users;

/** What a console user does. Each user has one role; what a role may open is decided by the console. */
public enum Role {
    /** Onboards employers: test reflexes, rejections, reference data. */
    PROCESS_MANAGER("Procesmanager"),
    /** Acts on claims and their action points. */
    CASE_MANAGER("Casemanager"),
    /** Reads who saw what, who may see what, and the replay comparisons. */
    AUDITOR("Auditor"),
    /** Keeps the engine running: reprocess, requeue, the UWV board. */
    OPERATOR("Operator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The role's name as the console shows it. */
    public String label() {
        return label;
    }

    /** The role named on a command line, in any case, with - or _ between the words. */
    public static Role named(String name) {
        String normalised = name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (Role role : values()) {
            if (role.name().equals(normalised)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + name + "'; one of "
                + java.util.Arrays.toString(values()).replace("[", "").replace("]", ""));
    }
}
