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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The engine's HTTP side over a real port: health open, the other actuator endpoints for the operator. */
@CamelSpringBootTest
@ActiveProfiles("test")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:actuator-test;DB_CLOSE_DELAY=-1",
            "reflex.operator.password=correct horse"
        })
@DirtiesContext // a web server of its own: closed once done
class ActuatorAccessTest {

    @LocalServerPort
    int port;

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
    }

    @Test
    void nothingElseIsServed() throws Exception {
        assertThat(get("/", null).statusCode()).isIn(401, 403);
        assertThat(get("/h2-console", "operator:correct horse").statusCode()).isIn(403, 404);
    }

    @Test
    void withoutAPasswordNoOneIsAnOperator() {
        var operators = new ActuatorSecurity()
                .operators(new OperatorProperties("operator", ""), new ActuatorSecurity().passwordEncoder());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> operators.loadUserByUsername("operator"))
                .isInstanceOf(org.springframework.security.core.userdetails.UsernameNotFoundException.class);
    }

    private HttpResponse<String> get(String path, String login) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (login != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
