package nl.reflexengine.users;

/**
 * One client a user may see, or one vestiging of it.
 *
 * @param clientId the client's id, as in the reference data
 * @param vestigingscode the one branch of the client the user is limited to, or empty for the whole client
 */
public record ClientGrant(String clientId, String vestigingscode) {

    public ClientGrant {
        vestigingscode = vestigingscode == null ? "" : vestigingscode;
    }

    /** {@code C-ZONNIG} for the whole client, {@code C-ZONNIG/0001} for one of its vestigingen. */
    public static ClientGrant parse(String text) {
        int slash = text.indexOf('/');
        String client = slash < 0 ? text : text.substring(0, slash);
        String branch = slash < 0 ? "" : text.substring(slash + 1);
        if (client.isBlank() || (slash >= 0 && branch.isBlank())) {
            throw new IllegalArgumentException("'" + text + "' is not a client (C) or a client's vestiging (C/V)");
        }
        return new ClientGrant(client.trim(), branch.trim());
    }

    public boolean wholeClient() {
        return vestigingscode.isEmpty();
    }

    @Override
    public String toString() {
        return wholeClient() ? clientId : clientId + "/" + vestigingscode;
    }
}
