package nl.reflexengine.reference;

import java.util.List;

/** Everything read from the reference files, checked for consistency. */
public record ReferenceData(List<Client> clients, List<ZwContract> contracts, List<Branch> branches) {}
