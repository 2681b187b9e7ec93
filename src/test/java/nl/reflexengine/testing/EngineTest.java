package nl.reflexengine.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole engine: the production routes, beans and migrations on an in-memory H2, with the
 * channels off unless an embedded server is asked for ({@link WithMailServer}, {@link WithSftpServer}).
 * Test classes with the same annotations share one Spring context; each class starts with no messages,
 * claims or outbox items recorded ({@link FreshRecords}), as if the engine were new.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@CamelSpringBootTest
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(FreshRecords.class)
public @interface EngineTest {}
