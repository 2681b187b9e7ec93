package nl.reflexengine.reference;

/** A branch (vestiging) of a client; confirmations and case reports go to its feedback address. */
public record Branch(
        String clientId,
        String vestigingscode,
        String name,
        String contactPerson,
        String phone,
        String feedbackEmail) {}
