package dev.scimme.localidp;

import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Stops the IdP with the app: when the app's own context closes, or when the app fails to start.
 * Child contexts (an actuator management context, for instance) pass their close events up to the
 * app's context; those must not stop the IdP, hence the comparison with the prepared context.
 */
final class LocalIdpShutdown implements ApplicationListener<ApplicationEvent> {

    private final RunningLocalIdp idp;
    private final AtomicReference<@Nullable ApplicationContext> appContext = new AtomicReference<>();

    LocalIdpShutdown(RunningLocalIdp idp) {
        this.idp = idp;
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationPreparedEvent prepared) {
            appContext.compareAndSet(null, prepared.getApplicationContext());
        } else if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == appContext.get()) {
            idp.close();
        } else if (event instanceof ApplicationFailedEvent) {
            idp.close();
        }
    }
}
