package nl.reflexengine.claims;

/** A claim as the store wrote it: its database id and the claim number clients and auditors see. */
public record RegisteredClaim(long id, String number) {}
