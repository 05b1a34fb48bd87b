package dev.backease.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransportSecurityTest {
    private static HttpResponse<String> health(boolean behindTls) throws Exception {
        WebCookies cookies = WebCookies.fromEnvironment(Map.of("BACKEASE_SECURE_COOKIES", String.valueOf(behindTls)));
        WebServer server = new WebServer(List.of(new TransportSecurity(cookies))).start("127.0.0.1", 0);
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/api/v1/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
        } finally {
            server.stop();
        }
    }

    @Test
    void behind_a_declared_tls_proxy_every_answer_asks_browsers_to_stay_on_https() throws Exception {
        assertThat(health(true).headers().firstValue("Strict-Transport-Security"))
                .hasValue(TransportSecurity.HSTS);
    }

    @Test
    void over_plain_http_on_a_local_machine_no_hsts_is_sent() throws Exception {
        assertThat(health(false).headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
