package dev.scimme.e2e;

import dev.scimme.cluster.RedisServerProcess;
import dev.scimme.localidp.LocalIdentityProvider;
import dev.scimme.localidp.LocalIdpSettings;
import dev.scimme.localidp.LocalUser;
import dev.scimme.localidp.RunningLocalIdp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The product as an operator runs it past one instance, on free loopback ports: Redis, the embedded
 * IdP (in this JVM, so a test can hold its answers), two app instances as JVMs of their own and
 * HAProxy with {@code deploy/haproxy.cfg} in front. The IdP knows only the load balancer's address
 * as the app's: every browser goes through HAProxy. Logs under {@code target/cluster-it/}.
 */
final class Cluster implements AutoCloseable {

    private final RunningLocalIdp idp;
    private final RedisServerProcess redis;
    private final List<AppInstance> instances;
    private final LoadBalancer loadBalancer;

    private Cluster(
            RunningLocalIdp idp, RedisServerProcess redis, List<AppInstance> instances, LoadBalancer loadBalancer) {
        this.idp = idp;
        this.redis = redis;
        this.instances = instances;
        this.loadBalancer = loadBalancer;
    }

    static Cluster start() {
        Path runDirectory = Path.of("target", "cluster-it");
        try {
            Files.createDirectories(runDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int loadBalancerPort = ClusterProcesses.freePort();
        LocalIdpSettings defaults = LocalIdpSettings.defaults(ClusterProcesses.freePort(), loadBalancerPort);
        RunningLocalIdp idp = LocalIdentityProvider.start(new LocalIdpSettings(
                defaults.port(),
                defaults.appBaseUrls(),
                List.of(LocalUser.demo()),
                defaults.accessTokenLifetime(),
                defaults.refreshTokenLifetime(),
                defaults.scim(),
                UUID.randomUUID().toString(),
                true));
        RedisServerProcess redis = RedisServerProcess.start();
        Map<String, String> environment = Map.of(
                "AUTH_ASGARDEO_ISSUER", idp.issuer(),
                "AUTH_ASGARDEO_ID", idp.clientId(),
                "AUTH_ASGARDEO_SECRET", idp.clientSecret(),
                "AUTH_ASGARDEO_ME_ENDPOINT", idp.meEndpoint(),
                "SPRING_DATA_REDIS_URL", redis.url(),
                // Longer than the app's default 5 s, so a test can hold a /Me answer past the moment an
                // instance that stopped without draining would be gone (see ClusterIT's drain test).
                "SCIM_RESPONSE_TIMEOUT", "30s");
        List<AppInstance> instances = List.of(
                new AppInstance("app1", ClusterProcesses.freePort(), environment, runDirectory),
                new AppInstance("app2", ClusterProcesses.freePort(), environment, runDirectory));
        instances.forEach(AppInstance::start);
        instances.forEach(AppInstance::awaitReady);
        LoadBalancer loadBalancer = LoadBalancer.start(loadBalancerPort, instances, runDirectory);
        Cluster cluster = new Cluster(idp, redis, instances, loadBalancer);
        cluster.awaitBothInService();
        return cluster;
    }

    RunningLocalIdp idp() {
        return idp;
    }

    RedisServerProcess redis() {
        return redis;
    }

    LoadBalancer loadBalancer() {
        return loadBalancer;
    }

    List<AppInstance> instances() {
        return instances;
    }

    /** The instance HAProxy's stickiness cookie names ({@code app1}, {@code app2}). */
    AppInstance instance(String name) {
        return instances.stream()
                .filter(instance -> instance.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no instance named " + name));
    }

    AppInstance other(AppInstance instance) {
        return instances.get(0) == instance ? instances.get(1) : instances.get(0);
    }

    /** Starts whichever instance a test stopped, and waits until HAProxy sends it traffic again. */
    void awaitBothInService() {
        instances.forEach(AppInstance::start);
        for (AppInstance instance : instances) {
            instance.awaitReady();
            awaitInService(instance);
        }
    }

    void awaitInService(AppInstance instance) {
        instance.awaitReady();
        ClusterProcesses.await(
                () -> loadBalancer.seesUp(instance),
                Duration.ofSeconds(30),
                "HAProxy sees " + instance.name() + " UP",
                () -> loadBalancer.status(instance) + "\n" + loadBalancer.logTail());
    }

    @Override
    public void close() {
        loadBalancer.close();
        instances.forEach(AppInstance::close);
        redis.close();
        idp.close();
    }
}
