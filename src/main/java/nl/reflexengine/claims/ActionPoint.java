package nl.reflexengine.claims;

import java.time.Instant;

/**
 * Something a case manager must do for a claim, and when.
 *
 * @param kind FIRST_CONTACT, UWV_SICK_REPORT, UWV_VANGNET_REPORT or a {@link Milestone} name
 */
public record ActionPoint(String kind, Instant due) {}
