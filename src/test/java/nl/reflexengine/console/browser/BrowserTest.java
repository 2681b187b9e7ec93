package nl.reflexengine.console.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.reflexengine.testing.FreshRecords;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the console in a real browser: the whole engine with its web server on a random port and an
 * in-memory H2 of its own, the second factor required as in production, and Debian's Chromium driven by Playwright ({@link Chromium}). Every browser test
 * class carries exactly these annotations, so all of them in a test JVM share one Spring context (and one
 * web server, which Spring closes when the JVM ends); each class starts with no records ({@link FreshRecords})
 * and a browser of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@CamelSpringBootTest
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:browser-test;DB_CLOSE_DELAY=-1",
            // as production: a password, then the code of an authenticator app
            "reflex.console.second-factor-required=true"
        })
@ActiveProfiles("test")
@ExtendWith({Chromium.class, FreshRecords.class}) // the browser first: without one, fail before the engine starts
@Tag("browser")
public @interface BrowserTest {}
