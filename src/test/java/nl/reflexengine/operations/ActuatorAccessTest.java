package nl.reflexengine.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine's HTTP side over real ports: on the management port health is open and the other actuator
 * endpoints are the operator's; the console's port serves the console (behind its own login), no endpoint.
 */
@CamelSpringBootTest
@ActiveProfiles("test")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:actuator-test;DB_CLOSE_DELAY=-1",
            "reflex.operator.password=correct horse"
        })
@AutoConfigureObservability(tracing = false) // Spring Boot tests export no metrics unless asked: Prometheus needs it
@DirtiesContext // a web server of its own: closed once done
class ActuatorAccessTest {

    @LocalManagementPort
    int port;

    @LocalServerPort
    int consolePort;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthIsOpenToAnyone() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void otherEndpointsNeedTheOperatorsLogin() throws Exception {
        assertThat(get("/actuator/metrics", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/loggers", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/metrics", "operator:wrong").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/metrics", "admin:correct horse").statusCode()).isEqualTo(401);

        HttpResponse<String> metrics = get("/actuator/metrics", "operator:correct horse");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("\"names\"");

        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        HttpResponse<String> prometheus = get("/actuator/prometheus", "operator:correct horse");
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("reflex_outbox_depth{").contains("outbox=\"uwv\"");
    }

    @Test
    void theConsolePortServesNoEndpointAndTheConsoleOnlyAfterItsLogin() throws Exception {
        assertThat(consolePort).isNotEqualTo(port);
        HttpResponse<String> health = get(consolePort, "/actuator/health", null);
        assertThat(health.body()).doesNotContain("\"status\"");
        assertThat(get(consolePort, "/actuator/metrics", "operator:correct horse")
                        .body())
                .doesNotContain("\"names\"");

        HttpResponse<String> start = get(consolePort, "/", "operator:correct horse");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        HttpResponse<String> login = get(consolePort, "/login", null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Inloggen");
    }

    @Test
    void theManagementPortServesNothingButEndpoints() throws Exception {
        assertThat(get("/", "operator:correct horse").statusCode()).isIn(302, 403, 404);
        assertThat(get("/h2-console", "operator:correct horse").statusCode()).isIn(302, 403, 404);
    }

    @Test
    void withoutAPasswordNoOneIsAnOperator() {
        var operators = new ActuatorSecurity()
                .operators(new OperatorProperties("operator", ""), new ActuatorSecurity().passwordEncoder());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> operators.loadUserByUsername("operator"))
                .isInstanceOf(org.springframework.security.core.userdetails.UsernameNotFoundException.class);
    }

    private HttpResponse<String> get(String path, String login) throws Exception {
        return get(port, path, login);
    }

    private HttpResponse<String> get(int port, String path, String login) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (login != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
