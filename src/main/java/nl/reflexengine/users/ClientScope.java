package nl.reflexengine.users;

/**
 * The clients a console user may see, as every console query takes them: a condition in the query's own
 * SQL on the user's rows in console_user_client, read at each query (a client taken away is gone at once).
 * A grant of a whole client shows all its rows; a grant of one vestiging only the rows of that vestiging.
 *
 * @param userId the console user whose grants apply
 */
public record ClientScope(long userId) {

    /**
     * The SQL condition "this row's client (and vestiging) is granted to the user", for a row whose client
     * and vestigingscode are in the named columns; it takes {@link #userId()} as its one parameter.
     */
    public static String granted(String clientColumn, String vestigingColumn) {
        return "exists (select 1 from console_user_client g where g.user_id = ? and g.client_id = " + clientColumn
                + " and (g.vestigingscode = '' or g.vestigingscode = " + vestigingColumn + "))";
    }

    /** The same, for rows that belong to a client as a whole (a rejected message, a mail): whole-client grants only. */
    public static String grantedWholeClient(String clientColumn) {
        return "exists (select 1 from console_user_client g where g.user_id = ? and g.client_id = " + clientColumn
                + " and g.vestigingscode = '')";
    }
}
