package nl.reflexengine.replay.compare;

import java.util.List;

/** The manifest as a section of the summary page. */
final class ManifestSection {

    private ManifestSection() {}

    static void write(Xhtml page, Manifest manifest) {
        Manifest.Archive archive = manifest.archive();
        page.element("h2", "Manifest")
                .table()
                .row("Engineversie", manifest.engineVersion())
                .row("Archief", archive.name() + (archive.folder() ? " (map)" : " (bestand)"))
                .row("SHA-256 van het archief", new Xhtml.Hash(archive.sha256()))
                .endTable();
        if (archive.folder()) {
            page.element(
                    "p",
                    "De SHA-256 van een map is die van de uitvoer van sha256sum over al haar bestanden, gesorteerd"
                            + " op relatief pad (bytevolgorde): per bestand een regel met de SHA-256, twee spaties"
                            + " en het pad.");
        }

        page.element("h3", "Instellingen");
        if (manifest.settings().isEmpty()) {
            page.element("p", "Geen instellingen opgegeven.");
        } else {
            page.table("Sleutel", "Waarde");
            manifest.settings().forEach(page::row);
            page.endTable();
        }

        hashedFiles(page, "Bestanden (schema's, routes, referentiegegevens)", manifest.files());
        hashedFiles(page, "Uitvoer", manifest.outputs());
    }

    private static void hashedFiles(Xhtml page, String heading, List<Manifest.HashedFile> files) {
        page.element("h3", heading);
        if (files.isEmpty()) {
            page.element("p", "Geen bestanden.");
            return;
        }
        page.wideTable("Pad", "SHA-256");
        files.forEach(file -> page.row(file.path(), new Xhtml.Hash(file.sha256())));
        page.endTable();
    }
}
