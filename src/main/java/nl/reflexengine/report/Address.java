package nl.reflexengine.report;

import nl.reflexengine.report.rules.DutchPostcode;

@DutchPostcode
public record Address(
        String street,
        String houseNumber,
        String addition,
        String postcode,
        String city,
        String region,
        String countryName,
        String countryCode) {

    public boolean isDutch() {
        return countryCode == null || "NL".equals(countryCode);
    }
}
