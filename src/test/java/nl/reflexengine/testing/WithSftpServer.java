package nl.reflexengine.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The engine polls the drops of the shared {@link TestSftpServer}, its host key checked against a
 * known_hosts file: the test's Spring context gets the server's settings ({@link
 * TestSftpServer#engineSettings()}), and a test method or constructor may take the server as a parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SftpServerExtension.class)
public @interface WithSftpServer {}
