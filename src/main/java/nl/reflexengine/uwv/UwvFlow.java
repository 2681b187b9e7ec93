package nl.reflexengine.uwv;

import java.util.Set;
import nl.reflexengine.claims.ActionPlan;
import nl.reflexengine.claims.Milestone;

/**
 * The DigiZSM messages the engine sends to UWV, each in one of UWV's five flows. A withdrawal travels in
 * the flow of the message it withdraws. Each message's kenmerk carries its {@link #code}; some messages
 * settle a claim's action point, when UWV accepts them or as soon as they are sent.
 */
public enum UwvFlow {
    ZIEKTEAANGIFTE("A", Settles.ON_ACCEPTANCE, Set.of(ActionPlan.UWV_SICK_REPORT, ActionPlan.UWV_VANGNET_REPORT), true),
    ZIEKTEAANGIFTE_INTREKKING("I", Settles.NEVER, Set.of(), false),
    AANVRAAG_WAZO_UITKERING("Z", Settles.ON_ACCEPTANCE, Set.of(ActionPlan.UWV_WAZO_APPLICATION), true),
    AANVRAAG_WAZO_UITKERING_INTREKKING("ZI", Settles.NEVER, Set.of(), false),
    MELDING_WERKHERVATTING("W", Settles.NEVER, Set.of(), false),
    MELDING_LANGDURIG_ARBEIDSONGESCHIKT("L", Settles.ON_SENDING, Set.of(Milestone.WEEK_42_REPORT.name()), false),
    HERSTELD_MELDING_LANGDURIG_ARBEIDSONGESCHIKT("H", Settles.NEVER, Set.of(), false);

    /** When a message of a flow settles its claim's action point. */
    enum Settles {
        NEVER,
        /** UWV accepted it (with or without warnings): the report is where the law wants it. */
        ON_ACCEPTANCE,
        /** It left the engine: the point is the administrator's own deed, not UWV's answer. */
        ON_SENDING
    }

    private final String code;
    private final Settles settles;
    private final Set<String> actionPoints;
    private final boolean first;

    UwvFlow(String code, Settles settles, Set<String> actionPoints, boolean first) {
        this.code = code;
        this.settles = settles;
        this.actionPoints = actionPoints;
        this.first = first;
    }

    /** Short and stable: part of every kenmerk of this flow. */
    String code() {
        return code;
    }

    /** The action points (kinds) a message of this flow settles, and when. */
    Set<String> actionPoints(Settles when) {
        return settles == when ? actionPoints : Set.of();
    }

    /**
     * Whether this is the message a claim starts with at UWV (its Ziekteaangifte or WAZO application):
     * follow-up messages refer to it, and withdrawing it withdraws them.
     */
    boolean isFirst() {
        return first;
    }

    /** Whether this withdraws a first message: it stands on its own, never a follow-up sent again. */
    boolean isWithdrawal() {
        return this == ZIEKTEAANGIFTE_INTREKKING || this == AANVRAAG_WAZO_UITKERING_INTREKKING;
    }

    /** Whether this follows a claim's Ziekteaangifte and is withdrawn with it. */
    boolean isFollowUp() {
        return !first && !isWithdrawal();
    }

    /** The withdrawal of a first message, in its own flow. */
    UwvFlow withdrawal() {
        return switch (this) {
            case ZIEKTEAANGIFTE -> ZIEKTEAANGIFTE_INTREKKING;
            case AANVRAAG_WAZO_UITKERING -> AANVRAAG_WAZO_UITKERING_INTREKKING;
            default -> throw new IllegalArgumentException(this + " is not withdrawn on its own");
        };
    }
}
