package nl.reflexengine.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import nl.reflexengine.testing.EngineTest;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two instances on one database, as two sets of locks with their own names: one polls, the other stands by. */
@EngineTest
class OneInstanceAtATimeTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void whileOneInstancePollsTheOtherSkipsAndTakesTheNextPollOnceItIsDone() throws Exception {
        CountingPolls healthA = new CountingPolls();
        CountingPolls healthB = new CountingPolls();
        OneInstanceAtATime a = new OneInstanceAtATime("test source", locks("node-a"), healthA);
        OneInstanceAtATime b = new OneInstanceAtATime("test source", locks("node-b"), healthB);

        assertThat(a.begin(null, null)).isTrue();
        assertThat(b.begin(null, null)).as("node-a is polling").isFalse();
        assertThat(lockedBy()).isEqualTo("node-a");
        a.commit(null, null, 3);

        assertThat(b.begin(null, null)).as("node-a is done").isTrue();
        assertThat(a.begin(null, null)).as("node-b is polling").isFalse();
        assertThat(lockedBy()).isEqualTo("node-b");
        b.rollback(null, null, 0, new IllegalStateException("server gone"));

        assertThat(a.begin(null, null)).as("a failed poll lets go too").isTrue();
        a.commit(null, null, 0);
        assertThat(healthA.polls)
                .as("only the polls it made reach the source's own strategy")
                .hasValue(2);
        assertThat(healthB.polls).hasValue(1);
    }

    @Test
    void instancesTakingTurnsSayWhoPollsOnceNotAtEveryPoll() throws Exception {
        // the logger's own events: an in-process command run by an earlier test may have quieted the root level
        Logger logger = (Logger) LoggerFactory.getLogger(OneInstanceAtATime.class);
        Level level = logger.getLevel();
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        logger.setLevel(Level.INFO);
        try {
            OneInstanceAtATime a = new OneInstanceAtATime("shared source", locks("node-a"), new CountingPolls());
            OneInstanceAtATime b = new OneInstanceAtATime("shared source", locks("node-b"), new CountingPolls());
            for (int turn = 0; turn < 5; turn++) {
                assertThat(a.begin(null, null)).isTrue();
                assertThat(b.begin(null, null)).isFalse();
                a.commit(null, null, 1);
                assertThat(b.begin(null, null)).isTrue();
                b.commit(null, null, 1);
            }
        } finally {
            logger.detachAppender(lines);
            logger.setLevel(level);
        }
        assertThat(lines.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .as("node-a's first poll and node-b's first standby, nothing after")
                .containsExactly(
                        "This instance polls the shared source",
                        "Another instance polls the shared source; this one stands by and tries at each poll");
    }

    @Test
    void aPollTheSourceItselfRefusesLetsGoOfTheLock() {
        CountingPolls refusing = new CountingPolls() {
            @Override
            public boolean begin(Consumer consumer, Endpoint endpoint) {
                return false;
            }
        };
        OneInstanceAtATime a = new OneInstanceAtATime("refused source", locks("node-a"), refusing);
        OneInstanceAtATime b = new OneInstanceAtATime("refused source", locks("node-b"), new CountingPolls());

        assertThat(a.begin(null, null)).isFalse();
        assertThat(b.begin(null, null)).isTrue();
    }

    private PollLocks locks(String instance) {
        return new PollLocks(
                dataSource,
                new ClusterProperties(
                        instance, Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(10)));
    }

    private String lockedBy() {
        return jdbc.queryForObject("select locked_by from shedlock where name = 'test source'", String.class);
    }

    private static class CountingPolls implements PollingConsumerPollStrategy {
        final AtomicInteger polls = new AtomicInteger();

        @Override
        public boolean begin(Consumer consumer, Endpoint endpoint) {
            polls.incrementAndGet();
            return true;
        }

        @Override
        public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {}

        @Override
        public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
            return false;
        }
    }
}
