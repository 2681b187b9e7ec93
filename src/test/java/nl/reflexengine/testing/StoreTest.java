package nl.reflexengine.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.reflexengine.audit.AuditStore;
import nl.reflexengine.audit.ContentIdentity;
import nl.reflexengine.claims.ClaimRepository;
import nl.reflexengine.claims.ClaimStore;
import nl.reflexengine.durability.Durability;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A test of the engine's SQL alone: the migrated schema on an in-memory H2 (or PostgreSQL) and the stores, without routes,
 * channels or reference data (a {@code @JdbcTest} slice, one context for every class marked so). Each
 * statement commits, as in the engine, so claiming rows and unique keys behave as they do there; a test
 * cleans up with {@link FreshRecords#forgetAll}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@JdbcTest
// the database of the URL below, not an embedded one of Spring's choosing: on PostgreSQL it becomes a database
// there (PostgreSqlDatabases)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(
        properties = {"spring.datasource.url=jdbc:h2:mem:store-test;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa"
        })
@Import({AuditStore.class, ContentIdentity.class, ClaimStore.class, ClaimRepository.class, Durability.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public @interface StoreTest {}
