package nl.reflexengine.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Production messages of one client (Zonnig) about one person, built from the samples: a sick report and
 * what can follow it (correction, withdrawal, recovery, week-42 report, WAZO application).
 */
public final class TestMessages {

    private TestMessages() {}

    /** A Zonnig sick report (from the ziek-uitzendkracht sample) for this person and first day. */
    public static String sickReport(String messageId, String bsn, LocalDate firstDay) throws Exception {
        return Files.readString(Path.of("samples/reflex/valid/ziek-uitzendkracht.xml"), UTF_8)
                .replaceFirst("<BerichtId>[^<]+</BerichtId>", "<BerichtId>" + messageId + "</BerichtId>")
                .replaceFirst("<Bsn>[^<]+</Bsn>", "<Bsn>" + bsn + "</Bsn>")
                .replaceFirst(
                        "<AangemaaktOp>[^<]+</AangemaaktOp>", "<AangemaaktOp>2026-11-20T10:00:00+01:00</AangemaaktOp>")
                .replaceFirst("<StartdatumEersteDienstverband>[^<]+<", "<StartdatumEersteDienstverband>2025-01-06<")
                .replaceFirst("<EersteZiektedag>[^<]+<", "<EersteZiektedag>" + firstDay + "<")
                .replaceFirst("<DatumZiekgemeld>[^<]+<", "<DatumZiekgemeld>" + firstDay + "<")
                .replaceFirst("<LaatsteWerkdag>[^<]+<", "<LaatsteWerkdag>" + firstDay.minusDays(1) + "<")
                .replaceFirst(
                        "<VolgendeGeroosterdeWerkdag>[^<]+<",
                        "<VolgendeGeroosterdeWerkdag>" + firstDay.plusDays(1) + "<");
    }

    public static String correction(String messageId, String corrects, String bsn, LocalDate firstDay)
            throws Exception {
        return sickReport(messageId, bsn, firstDay)
                .replace("<Ziekmelding ", "<Correctie ")
                .replace("</Ziekmelding>", "</Correctie>")
                .replace("</Bericht>", "</Bericht>\n    <CorrigeertBerichtId>" + corrects + "</CorrigeertBerichtId>");
    }

    public static String withdrawal(String messageId, String withdraws, String bsn) {
        return """
                <Intrekking xmlns="urn:reflex-engine:reflex:v1">
                    <Bericht><BerichtId>%s</BerichtId><Verloningssysteem>Easyflex</Verloningssysteem>
                        <AangemaaktOp>2026-11-20T11:00:00+01:00</AangemaaktOp><Test>false</Test></Bericht>
                    <TrektInBerichtId>%s</TrektInBerichtId>
                    <Werkgever><Loonheffingennummer>811111112L01</Loonheffingennummer><ZwContract>ZW-ZON-2026</ZwContract>
                        <Vestigingscode>ZON-AMS</Vestigingscode></Werkgever>
                    <Werknemer><Bsn>%s</Bsn></Werknemer>
                </Intrekking>
                """.formatted(messageId, withdraws, bsn);
    }

    public static String recovery(String messageId, String bsn, LocalDate firstDay, String date, boolean full) {
        String how = full
                ? "<VolledigHersteld><DatumHersteld>" + date + "</DatumHersteld></VolledigHersteld>"
                : "<GedeeltelijkHersteld><DatumHervatting>" + date
                        + "</DatumHervatting><PercentageHervat>50</PercentageHervat>"
                        + "<SvLoonEersteZiektedag>120.00</SvLoonEersteZiektedag><SvLoonPerDagGedeeltelijk>60.00</SvLoonPerDagGedeeltelijk>"
                        + "</GedeeltelijkHersteld>";
        return """
                <MeldingWerkhervatting xmlns="urn:reflex-engine:digizsm:v1">
                    <Berichtkop><Kenmerk>%s</Kenmerk><Software>Easyflex</Software>
                        <AangemaaktOp>2026-11-20T12:00:00+01:00</AangemaaktOp><Test>false</Test></Berichtkop>
                    <Werkgever><Loonheffingennummer>811111112L01</Loonheffingennummer></Werkgever>
                    <Verzekerde><Bsn>%s</Bsn><Geboortedatum>1990-01-01</Geboortedatum><Achternaam>Test</Achternaam></Verzekerde>
                    <EersteZiektedag>%s</EersteZiektedag>
                    %s
                </MeldingWerkhervatting>
                """.formatted(messageId, bsn, firstDay, how);
    }

    /** A week-42 report (DigiZSM) of this person's claim with this first day. */
    public static String week42(String messageId, String bsn, LocalDate firstDay) {
        return """
                <MeldingLangdurigArbeidsongeschikt xmlns="urn:reflex-engine:digizsm:v1">
                    <Berichtkop><Kenmerk>%s</Kenmerk><Software>Easyflex</Software>
                        <AangemaaktOp>2026-11-20T12:00:00+01:00</AangemaaktOp><Test>false</Test></Berichtkop>
                    <Werkgever><Loonheffingennummer>811111112L01</Loonheffingennummer></Werkgever>
                    <Verzekerde><Bsn>%s</Bsn><Geboortedatum>1990-01-01</Geboortedatum><Achternaam>Test</Achternaam></Verzekerde>
                    <EersteZiektedag>%s</EersteZiektedag>
                    <PercentageArbeidsongeschikt>100</PercentageArbeidsongeschikt>
                </MeldingLangdurigArbeidsongeschikt>
                """.formatted(messageId, bsn, firstDay);
    }

    /** A Reflex WAZO application (pregnancy and birth leave, from the sample) of this person. */
    public static String wazo(String messageId, String bsn) throws Exception {
        return Files.readString(Path.of("samples/reflex/valid/wazo-zwangerschaps-en-bevallingsverlof.xml"), UTF_8)
                .replaceFirst("<BerichtId>[^<]+</BerichtId>", "<BerichtId>" + messageId + "</BerichtId>")
                .replaceFirst("<Bsn>[^<]+</Bsn>", "<Bsn>" + bsn + "</Bsn>");
    }
}
