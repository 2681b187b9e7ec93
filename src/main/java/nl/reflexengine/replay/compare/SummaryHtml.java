package nl.reflexengine.replay.compare;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * summary.html: one self-contained page for Dutch auditors, the same page that summary.pdf is rendered
 * from. No scripts and nothing loaded from elsewhere: the page is read on paper and in archives.
 */
final class SummaryHtml {

    static final String TITLE = "Samenvatting vergelijking replay";

    private static final String ABSENT = "(afwezig)";
    private static final String UNKNOWN_CLIENT = "(onbekend)";

    private static final String STYLE = """
            @page { size: A4; margin: 15mm; }
            body { font-family: sans-serif; font-size: 9pt; color: #000; background: #fff; }
            h1 { font-size: 16pt; margin: 0 0 6pt 0; }
            h2 { font-size: 12pt; margin: 14pt 0 4pt 0; border-bottom: 1px solid #000; }
            h3 { font-size: 10pt; margin: 10pt 0 4pt 0; }
            table { border-collapse: collapse; margin: 2pt 0 6pt 0; }
            th, td { border: 1px solid #888; padding: 2pt 5pt; text-align: left; vertical-align: top; }
            th { background: #eee; }
            td.number { text-align: right; }
            td.hash { font-family: monospace; font-size: 6.5pt; white-space: nowrap; }
            td { word-wrap: break-word; }
            table.wide { width: 100%; }
            tr { page-break-inside: avoid; }
            thead { display: table-header-group; }
            """;

    private SummaryHtml() {}

    static String render(Comparison.Result result, Manifest manifest) {
        Xhtml page = new Xhtml()
                .raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
                .raw("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\" xml:lang=\"nl\">\n")
                .open("head")
                .raw("<meta charset=\"UTF-8\" />\n")
                .element("title", TITLE)
                .open("style")
                .text(STYLE)
                .close("style")
                .close("head")
                .open("body")
                .element("h1", TITLE)
                .element("p", introduction(result));
        totals(page, result.counts());
        outcomeChanges(page, result.counts());
        codes(page, result.counts());
        clients(page, result.counts());
        ManifestSection.write(page, manifest);
        return page.close("body").close("html").toString();
    }

    private static String introduction(Comparison.Result result) {
        String matchedBy = result.matchBy() == MatchBy.CONTENT_HASH
                ? "op inhoud (SHA-256 van het bericht)"
                : "op bron (kolom source)";
        return "Deze replay is vergeleken met de referentie " + result.beforeName() + " (SHA-256 "
                + result.beforeSha256() + "). Berichten zijn gekoppeld " + matchedBy
                + "; vergeleken zijn de uitkomst, de codes, het effect op de claim, de UWV-stromen en de boeteband"
                + " (dagen te laat, boete). Claimnummers en vrije tekst worden niet vergeleken.";
    }

    private static void totals(Xhtml page, Counts counts) {
        page.element("h2", "Totalen").table();
        page.row("Berichten in beide bestanden", counts.compared())
                .row("Gelijk", counts.equal())
                .row("Verschillend", counts.different())
                .row("Alleen in de referentie (ontbreken in de replay)", counts.onlyBefore())
                .row("Alleen in de replay", counts.onlyAfter())
                .endTable();
    }

    private static void outcomeChanges(Xhtml page, Counts counts) {
        page.element("h2", "Overgangen van uitkomst").table("Overgang", "Aantal");
        counts.outcomeChanges()
                .forEach((transition, count) ->
                        page.row(outcome(transition.before()) + " -> " + outcome(transition.after()), count));
        page.row("Uitkomst ongewijzigd", counts.unchangedOutcome()).endTable();
    }

    private static void codes(Xhtml page, Counts counts) {
        page.element("h2", "Codes die verschenen of verdwenen")
                .element("p", "Alleen berichten die in beide bestanden staan; per code het aantal berichten.");
        SortedSet<String> codes = new TreeSet<>(counts.codesAppeared().keySet());
        codes.addAll(counts.codesDisappeared().keySet());
        if (codes.isEmpty()) {
            page.element("p", "Geen codes verschenen of verdwenen.");
            return;
        }
        page.table("Code", "Verschenen", "Verdwenen");
        for (String code : codes) {
            page.row(
                    code,
                    counts.codesAppeared().getOrDefault(code, 0),
                    counts.codesDisappeared().getOrDefault(code, 0));
        }
        page.endTable();
    }

    private static void clients(Xhtml page, Counts counts) {
        page.element("h2", "Per klant").table("Klant", "Berichten", "Verschillend");
        for (Map.Entry<String, Counts.ClientCount> client : counts.clients().entrySet()) {
            String name = client.getKey().isEmpty() ? UNKNOWN_CLIENT : client.getKey();
            page.row(name, client.getValue().messages(), client.getValue().different());
        }
        page.endTable();
    }

    private static String outcome(String outcome) {
        return outcome == null ? ABSENT : outcome;
    }
}
