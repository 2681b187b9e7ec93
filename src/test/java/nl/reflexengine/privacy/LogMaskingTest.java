package nl.reflexengine.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import nl.reflexengine.testing.EngineTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The engine's log layout masks BSN-like numbers in any logger's message and stack trace. */
@EngineTest
@ExtendWith(OutputCaptureExtension.class)
class LogMaskingTest {

    @Test
    void aBsnInAThirdPartyLogLineOrStackTraceIsMasked(CapturedOutput output) {
        Logger someLibrary = LoggerFactory.getLogger("org.example.library");

        someLibrary.warn("value 123456782 rejected", new IllegalStateException("bound value 111222333"));

        assertThat(output.getOut())
                .contains("value ********* rejected")
                .contains("bound value *********")
                .doesNotContain("123456782")
                .doesNotContain("111222333");
    }
}
