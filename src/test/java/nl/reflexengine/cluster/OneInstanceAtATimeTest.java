package nl.reflexengine.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import nl.reflexengine.testing.EngineTest;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two instances on one database, as two sets of locks with their own names: one polls, the other stands by. */
@EngineTest
@ExtendWith(OutputCaptureExtension.class)
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
    void instancesTakingTurnsSayWhoPollsOnceNotAtEveryPoll(CapturedOutput output) throws Exception {
        OneInstanceAtATime a = new OneInstanceAtATime("shared source", locks("node-a"), new CountingPolls());
        OneInstanceAtATime b = new OneInstanceAtATime("shared source", locks("node-b"), new CountingPolls());
        for (int turn = 0; turn < 5; turn++) {
            assertThat(a.begin(null, null)).isTrue();
            assertThat(b.begin(null, null)).isFalse();
            a.commit(null, null, 1);
            assertThat(b.begin(null, null)).isTrue();
            b.commit(null, null, 1);
        }
        assertThat(output.getAll().split("polls the shared source", -1))
                .as("node-a's first poll and node-b's first standby, nothing after")
                .hasSize(3);
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
