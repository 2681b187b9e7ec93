package nl.reflexengine.confirmation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.reflexengine.claims.Claim;
import nl.reflexengine.claims.ClaimProperties;
import nl.reflexengine.claims.Leave;
import nl.reflexengine.enrichment.EnrichedSickReport;
import nl.reflexengine.mail.MailOutbox;
import nl.reflexengine.mail.MailTemplates;
import nl.reflexengine.mail.MailText;
import nl.reflexengine.mail.OutgoingMail;
import nl.reflexengine.privacy.PersonalData;
import nl.reflexengine.report.Reason;
import nl.reflexengine.report.WazoReason;
import org.springframework.stereotype.Component;

/**
 * One confirmation per new claim, in Dutch, to the branch's feedback address and the address the message
 * asks for: claim number, the employee with the BSN masked (the readers are the employer, not the
 * employee), first day, reason, what happens next, and a warning when the report came late. Its subject
 * holds the claim number and the initials only.
 */
@Component
public class ConfirmationMail {

    static final String KIND = "CONFIRMATION";

    private static final Map<Reason, String> REASONS = Map.of(
            Reason.SICK_TEMP_WORKER, "ziek (uitzendkracht of werknemer)",
            Reason.SICK_ON_CALL_WORKER, "ziek (oproepkracht)",
            Reason.SICK_OUT_OF_SERVICE, "ziek uit dienst / na einde dienstverband",
            Reason.SICK_ART_29B, "ziek, artikel 29b (no-risk)",
            Reason.SICK_OTHER_ART_4_5, "ziek, overig artikel 4 of 5",
            Reason.SICK_PREGNANCY, "ziek door zwangerschap",
            Reason.SICK_CHILDBIRTH, "ziek door bevalling",
            Reason.SICK_ORGAN_DONATION, "ziek door orgaandonatie",
            Reason.WAZO, "verlof (WAZO)",
            Reason.DEATH, "overlijden");

    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final ClaimProperties rules;

    public ConfirmationMail(MailOutbox outbox, MailTemplates templates, ClaimProperties rules) {
        this.outbox = outbox;
        this.templates = templates;
        this.rules = rules;
    }

    /**
     * Queues the confirmation of a new claim, in the transaction that stores it.
     *
     * @param auditId the accepted message's record: the mail's Message-ID derives from it
     * @param enriched the accepted report, with the branch whose feedback address is told
     */
    public void queue(long auditId, String claimNumber, Claim claim, EnrichedSickReport enriched) {
        Set<String> recipients = new LinkedHashSet<>();
        if (enriched.branch() != null) {
            recipients.add(enriched.branch().feedbackEmail());
        }
        String asked = enriched.report().employer().confirmationEmail();
        if (asked != null) {
            recipients.add(asked);
        }
        if (recipients.isEmpty()) {
            // UWV's flows name no branch or address: the claim stands, nobody is told by mail
            return;
        }
        var rendered = templates.render(template(claim), values(claimNumber, claim, enriched));
        outbox.queue(new OutgoingMail(
                KIND,
                auditId,
                claim.clientId(),
                List.copyOf(recipients),
                rendered.subject(),
                rendered.body(),
                null,
                null));
    }

    /** Kinds of leave as the employer knows them. */
    private static final Map<WazoReason, String> LEAVE_KINDS = Map.of(
            WazoReason.PREGNANCY_AND_BIRTH_LEAVE, "zwangerschaps- en bevallingsverlof",
            WazoReason.EXTRA_BIRTH_LEAVE, "aanvullend geboorteverlof",
            WazoReason.PAID_PARENTAL_LEAVE, "betaald ouderschapsverlof");

    /**
     * The one place that chooses the text of a confirmation: a WAZO application asks for leave and is told
     * so, without a word about sickness, case managers or Poortwachter.
     */
    private static String template(Claim claim) {
        return claim.isLeave() ? "confirmation-leave" : "confirmation";
    }

    private Map<String, String> values(String claimNumber, Claim claim, EnrichedSickReport enriched) {
        var employee = enriched.report().employee();
        String initials = MailText.initials(employee == null ? null : employee.initials());
        return Map.ofEntries(
                Map.entry("claimNumber", claimNumber),
                // the subject shows initials only: whoever sees a subject line must not learn who is ill
                Map.entry("initials", initials.isEmpty() ? "" : " (" + initials + ")"),
                Map.entry("employeeName", MailText.orUnknown(claim.employeeName())),
                Map.entry("maskedBsn", PersonalData.maskBsn(claim.bsn())),
                Map.entry("firstDay", MailText.date(claim.firstDay())),
                Map.entry("reason", REASONS.getOrDefault(Reason.valueOf(claim.reason()), claim.reason())),
                Map.entry(
                        "branch",
                        enriched.branch() == null
                                ? "niet opgegeven"
                                : enriched.branch().name() + " ("
                                        + enriched.branch().vestigingscode() + ")"),
                Map.entry("receivedAt", MailText.dateTime(claim.receivedAt())),
                Map.entry("messageId", PersonalData.mask(MailText.orUnknown(claim.messageId()))),
                Map.entry("nextSteps", claim.isLeave() ? "" : nextSteps(claim)),
                Map.entry("lateWarning", lateWarning(claim)),
                Map.entry("leaveKind", claim.isLeave() ? leaveKind(claim.leave()) : ""),
                Map.entry("leaveDates", claim.isLeave() ? leaveDates(claim.leave()) : ""),
                Map.entry("uwvWorkingDays", String.valueOf(rules.uwvReportWorkingDays())));
    }

    private String nextSteps(Claim claim) {
        if (claim.vangnet()) {
            return "- Deze ziekte valt onder het vangnet van UWV. Wij hebben de melding direct aan UWV doorgegeven\n"
                    + "  en het dossier bij ons gesloten; UWV neemt de begeleiding over.\n"
                    + "- Een casemanager neemt binnen " + rules.firstContactHours()
                    + " uur contact met u op om dit toe te lichten.";
        }
        return "- Een casemanager neemt binnen " + rules.firstContactHours() + " uur contact op met de werknemer.\n"
                + "- Wij melden de ziekte binnen " + rules.uwvReportWorkingDays() + " werkdagen bij UWV.\n"
                + "- De begeleiding verloopt volgens de Wet verbetering poortwachter; de probleemanalyse volgt\n"
                + "  uiterlijk in week " + rules.problemAnalysisWeekOf(claim.clientId()) + ".";
    }

    private static String leaveKind(Leave leave) {
        return leave.reason() == null ? "WAZO-verlof" : LEAVE_KINDS.get(leave.reason());
    }

    /** The dates this kind of leave has, one line each, aligned with the template's other lines. */
    private static String leaveDates(Leave leave) {
        StringBuilder lines = new StringBuilder();
        if (leave.expectedDeliveryDate() != null) {
            lines.append("Uitgerekende datum:   ")
                    .append(MailText.date(leave.expectedDeliveryDate()))
                    .append('\n');
        }
        if (leave.childBirthDate() != null) {
            lines.append("Geboortedatum kind:   ")
                    .append(MailText.date(leave.childBirthDate()))
                    .append('\n');
        }
        if (leave.weeks() != null) {
            lines.append("Aantal weken:         ").append(leave.weeks()).append('\n');
        }
        return lines.toString();
    }

    private static String lateWarning(Claim claim) {
        if (claim.daysLate() <= 0) {
            return "";
        }
        return "\nLet op: deze ziekmelding is " + MailText.days(claim.daysLate())
                + " te laat gemeld. De termijn liep af op "
                + MailText.dateTime(claim.reportingDue()) + ".\nUWV kan hiervoor een boete opleggen van € "
                + claim.fineEuro() + ".\n";
    }
}
