package dev.scimme.bench;

import dev.scimme.profile.ProfileResult;
import dev.scimme.profile.ScimMeClient;
import dev.scimme.settings.ScimMeProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Figure 1: the product's {@code /Me} service and a bare JDK {@link HttpClient} GET of the same stub,
 * in the same JVM. Modes and thread counts are set by {@link ServiceOverhead}.
 */
@State(Scope.Benchmark)
public class ServiceOverheadBenchmark {

    private ScimStub stub;
    private HttpClient bare;
    private HttpRequest bareRequest;
    private ScimMeClient service;
    private FixedTokens tokens;

    @Setup(Level.Trial)
    public void start() throws Exception {
        stub = ScimStub.start();
        // What the service sends, minus the service: same headers, no redirects, body read into bytes.
        bare = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        bareRequest = HttpRequest.newBuilder(stub.meEndpoint())
                .header("Accept", "application/scim+json")
                .header("Authorization", "Bearer " + FixedTokens.TOKEN_VALUE)
                .GET()
                .build();
        service =
                new ScimMeClient(stub.meEndpoint(), new ScimMeProperties(null, null, null), new SimpleMeterRegistry());
        tokens = new FixedTokens();
        if (!(service.fetchProfile(tokens) instanceof ProfileResult.Loaded)) {
            throw new IllegalStateException("the service did not load the stub's profile");
        }
        if (bare.send(bareRequest, HttpResponse.BodyHandlers.ofByteArray()).statusCode() != 200) {
            throw new IllegalStateException("the stub did not answer the bare client");
        }
    }

    @Benchmark
    public byte[] bareHttpClient() throws IOException, InterruptedException {
        return bare.send(bareRequest, HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    @Benchmark
    public ProfileResult scimMeService() {
        return service.fetchProfile(tokens);
    }

    @TearDown(Level.Trial)
    public void stop() {
        service.close();
        bare.close();
        stub.close();
    }
}
