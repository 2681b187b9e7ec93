package nl.reflexengine.replay.compare;

/**
 * Writes well-formed XHTML, escaping every text it is given. A PDF renderer reads the same page as a
 * browser does, and it accepts only well-formed XML.
 */
final class Xhtml {

    private final StringBuilder out = new StringBuilder();

    Xhtml raw(String markup) {
        out.append(markup);
        return this;
    }

    Xhtml open(String tag) {
        out.append('<').append(tag).append('>');
        return this;
    }

    Xhtml open(String tag, String cssClass) {
        out.append('<').append(tag).append(" class=\"").append(escape(cssClass)).append("\">");
        return this;
    }

    Xhtml close(String tag) {
        out.append("</").append(tag).append(">\n");
        return this;
    }

    Xhtml element(String tag, String text) {
        return open(tag).text(text).close(tag);
    }

    Xhtml text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Starts a table with one {@code th} per column, or without a header when no column is named. */
    Xhtml table(String... columns) {
        open("table");
        return tableHead(columns);
    }

    /** Starts a table as wide as the page, for long paths next to their hashes. */
    Xhtml wideTable(String... columns) {
        open("table", "wide");
        return tableHead(columns);
    }

    private Xhtml tableHead(String... columns) {
        if (columns.length > 0) {
            open("thead").open("tr");
            for (String column : columns) {
                element("th", column);
            }
            close("tr").close("thead");
        }
        return open("tbody");
    }

    /** A table row; a cell that is a number is aligned right, a hash is set small in a fixed-width font. */
    Xhtml row(Object... cells) {
        open("tr");
        for (Object cell : cells) {
            if (cell instanceof Number) {
                open("td", "number").text(cell.toString()).close("td");
            } else if (cell instanceof Hash hash) {
                open("td", "hash").text(hash.hex()).close("td");
            } else {
                element("td", String.valueOf(cell));
            }
        }
        return close("tr");
    }

    Xhtml endTable() {
        return close("tbody").close("table");
    }

    /** A SHA-256 for {@link #row}. */
    record Hash(String hex) {}

    /**
     * Escapes markup and replaces what XML 1.0 cannot hold at all (most control characters), which a report
     * value could still carry.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.appendCodePoint(allowedInXml(c) ? c : '?');
            }
        });
        return escaped.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == '\t'
                || c == '\n'
                || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
