package nl.reflexengine.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.reflexengine.testing.EngineTest;
import org.apache.camel.CamelContext;
import org.apache.camel.model.RemoveHeadersDefinition;
import org.apache.camel.model.RouteDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine runs on Camel 4.18.0, the newest 4.18 release reachable from our build, which still carries
 * the 2026 camel-mail advisories (inbound Camel* headers, mail.smtp.* session headers in the producer, the
 * MIME multipart data format). These checks keep the engine out of their reach until the release with
 * the fixes can be pinned: every mail intake route strips all inbound headers as its very first step,
 * and no route sends mail through camel-mail or unmarshals MIME with Camel's data format.
 */
@EngineTest
class CamelMailExposureTest {

    @Autowired
    CamelContext camel;

    @Test
    void everyMailIntakeRouteStripsEveryInboundHeaderFirst() {
        List<RouteDefinition> mailIntakes = camel
                .getCamelContextExtension()
                .getContextPlugin(org.apache.camel.model.Model.class)
                .getRouteDefinitions()
                .stream()
                .filter(route -> camel.resolvePropertyPlaceholders(
                                route.getInput().getEndpointUri())
                        .matches("(?i)(imaps?|pop3s?):.*"))
                .toList();

        assertThat(mailIntakes).extracting(RouteDefinition::getRouteId).contains("intake-imap", "intake-imap-test");
        assertThat(mailIntakes).allSatisfy(route -> {
            // the route configuration's error handling is merged in as an output; it is not a step
            var firstStep = route.getOutputs().stream()
                    .filter(output -> !(output instanceof org.apache.camel.model.OnExceptionDefinition))
                    .findFirst()
                    .orElseThrow();
            assertThat(firstStep)
                    .as("first step of %s", route.getRouteId())
                    .isInstanceOfSatisfying(
                            RemoveHeadersDefinition.class,
                            strip -> assertThat(strip.getPattern()).isEqualTo("*"));
        });
    }

    @Test
    void noRouteSendsMailThroughCamelOrUnmarshalsMimeWithIt() throws Exception {
        try (Stream<Path> routes = Files.list(Path.of("routes"))) {
            for (Path route : routes.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                String text = Files.readString(route);
                assertThat(text).as(route.toString()).doesNotContainPattern("(?i)smtps?:");
                assertThat(text).as(route.toString()).doesNotContainIgnoringCase("mimeMultipart");
            }
        }
    }
}
