package nl.reflexengine.reference;

/**
 * A Ziektewet contract between the administrator and a client, for one loonheffingennummer.
 *
 * @param employerSuppliesWages the employer supplies wage data itself: its sick reports must carry it
 */
public record ZwContract(
        String code,
        String clientId,
        int year,
        String loonheffingennummer,
        String sectorNumber,
        String riskPremiumGroup,
        boolean guidanceDuringEmployment,
        boolean employerSuppliesWages) {}
