package nl.reflexengine.report;

import jakarta.validation.Valid;

/**
 * @param residenceAddress verblijfadres: may differ from the home address, e.g. a Dutch address for someone
 *     whose life is abroad
 */
public record Contact(
        String phone,
        String mobile,
        String email,
        @Valid Address homeAddress,
        @Valid Address residenceAddress) {}
