package nl.reflexengine.reference;

import java.util.List;

/** A client (klant) of the administrator: an employer with its registrations. */
public record Client(
        String id,
        String name,
        List<String> loonheffingennummers,
        String sector,
        String riskPremiumGroup,
        String contractGroup,
        String serviceOption,
        String frameworkContractName,
        String frameworkContractCode,
        List<String> senderAddresses,
        String processManagerEmail,
        String payrollSystem) {}
