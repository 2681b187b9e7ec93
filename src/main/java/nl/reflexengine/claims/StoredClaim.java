package nl.reflexengine.claims;

/** A registered claim with its database id. */
public record StoredClaim(long id, Claim claim) {}
