package nl.reflexengine.uwv;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import nl.reflexengine.outbox.SendFailure;

/**
 * POSTs each message to a configured URL. The kenmerk travels in a header so the receiver can recognise
 * a repeat. 2xx is delivered (a Digipoort status code in the X-Digipoort-Status header moves it further);
 * no connection, 503 and 429 mean the endpoint is down as a whole; other 5xx answers and a lost answer are
 * retried for this message; other answers mean the message will never be taken: failed.
 */
class HttpUwvGateway implements UwvGateway {

    static final String KENMERK_HEADER = "X-Reflex-Kenmerk";
    static final String STATUS_HEADER = "X-Digipoort-Status";

    private final URI url;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    HttpUwvGateway(URI url) {
        this.url = url;
    }

    @Override
    public UwvStatus deliver(String kenmerk, String xml) throws SendFailure {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/xml; charset=UTF-8")
                .header(KENMERK_HEADER, kenmerk)
                .POST(HttpRequest.BodyPublishers.ofString(xml))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException | java.net.http.HttpConnectTimeoutException e) {
            throw SendFailure.endpointDown("UWV endpoint not reachable: " + e, e);
        } catch (IOException e) {
            // the request may have arrived: retry it, and let the kenmerk tell the receiver it is a repeat
            throw SendFailure.retryable("UWV endpoint gave no answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SendFailure.retryable("interrupted while delivering", e);
        }
        int code = response.statusCode();
        if (code >= 200 && code < 300) {
            return response.headers()
                    .firstValue(STATUS_HEADER)
                    .flatMap(value -> {
                        try {
                            return UwvStatus.ofDigipoortCode(Integer.parseInt(value.trim()));
                        } catch (NumberFormatException e) {
                            return java.util.Optional.empty();
                        }
                    })
                    .orElse(UwvStatus.DELIVERED);
        }
        if (code == 503 || code == 429) {
            throw SendFailure.endpointDown("UWV endpoint answered HTTP " + code, null);
        }
        String answer = "UWV endpoint answered HTTP " + code;
        throw code >= 500 ? SendFailure.retryable(answer, null) : SendFailure.permanent(answer, null);
    }
}
