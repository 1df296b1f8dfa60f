package dev.scimme.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Where figure 1's overhead goes: the steps between a bare {@code HttpClient.send} and the service,
 * one at a time, against the same stub.
 */
@State(Scope.Benchmark)
public class TransportVariantsBenchmark {

    private ScimStub stub;
    private HttpClient client;
    private HttpRequest request;
    private RestClient restWithTimeout;
    private RestClient restWithoutTimeout;

    @Setup(Level.Trial)
    public void start() {
        stub = ScimStub.start();
        client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        request = HttpRequest.newBuilder(stub.meEndpoint())
                .header("Accept", "application/scim+json")
                .header("Authorization", "Bearer " + FixedTokens.TOKEN_VALUE)
                .GET()
                .build();
        JdkClientHttpRequestFactory timed = new JdkClientHttpRequestFactory(client);
        timed.setReadTimeout(Duration.ofSeconds(5));
        timed.enableCompression(false);
        restWithTimeout = RestClient.builder().requestFactory(timed).build();
        JdkClientHttpRequestFactory untimed = new JdkClientHttpRequestFactory(client);
        untimed.enableCompression(false);
        restWithoutTimeout = RestClient.builder().requestFactory(untimed).build();
    }

    @Benchmark
    public byte[] sendBytes() throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    @Benchmark
    public byte[] sendInputStream() throws IOException, InterruptedException {
        try (InputStream in =
                client.send(request, HttpResponse.BodyHandlers.ofInputStream()).body()) {
            return in.readAllBytes();
        }
    }

    /** What Spring's {@code JdkClientHttpRequest} does: {@code sendAsync} then wait, body as a stream. */
    @Benchmark
    public byte[] sendAsyncInputStream() throws Exception {
        try (InputStream in = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .get()
                .body()) {
            return in.readAllBytes();
        }
    }

    @Benchmark
    public byte[] restClientNoReadTimeout() {
        return exchange(restWithoutTimeout);
    }

    @Benchmark
    public byte[] restClientReadTimeout() {
        return exchange(restWithTimeout);
    }

    private byte[] exchange(RestClient rest) {
        return rest.get()
                .uri(stub.meEndpoint())
                .accept(org.springframework.http.MediaType.parseMediaType("application/scim+json"))
                .header("Authorization", "Bearer " + FixedTokens.TOKEN_VALUE)
                .exchange((req, response) -> {
                    try (InputStream in = response.getBody()) {
                        return in.readAllBytes();
                    }
                });
    }

    @TearDown(Level.Trial)
    public void stop() {
        client.close();
        stub.close();
    }
}
