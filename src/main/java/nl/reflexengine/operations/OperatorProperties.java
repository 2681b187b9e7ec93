package nl.reflexengine.operations;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The operator's login for the actuator endpoints other than health ({@code reflex.operator.*}).
 *
 * @param username the login name
 * @param password the password; empty closes those endpoints. Never committed: set it in the environment
 *     ({@code REFLEX_OPERATOR_PASSWORD})
 */
@Validated
@ConfigurationProperties("reflex.operator")
public record OperatorProperties(@NotBlank String username, String password) {}
