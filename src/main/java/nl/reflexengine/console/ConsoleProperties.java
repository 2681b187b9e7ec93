package nl.reflexengine.console;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reflex.console.*}: the console's switches. Its address and port ({@code reflex.console.address},
 * {@code reflex.console.port}) are the web server's and set in application.properties.
 *
 * @param enabled whether the console's pages are served; when off, the port answers 403 to every page
 * @param secondFactorRequired whether a login needs a TOTP code after the password (enrolled at the first
 *     login); on in production, off in local mode
 */
@ConfigurationProperties("reflex.console")
public record ConsoleProperties(boolean enabled, boolean secondFactorRequired) {}
