package nl.reflexengine.claims;

/**
 * The Wet verbetering poortwachter milestones a claim is followed up on, in weeks from the first day, in
 * time order.
 */
public enum Milestone {
    PROBLEM_ANALYSIS,
    PLAN_OF_APPROACH,
    WEEK_42_REPORT,
    FIRST_YEAR_EVALUATION,
    FIRST_YEAR_ASSESSMENT,
    CURRENT_OPINION,
    REINTEGRATION_REPORT,
    DOSSIER_CLOSES
}
