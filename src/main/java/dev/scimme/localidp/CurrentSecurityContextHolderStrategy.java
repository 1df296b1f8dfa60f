package dev.scimme.localidp;

import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Reads the JVM-global security context strategy at every call instead of once at start-up.
 * The IdP builds its filters before the app's context starts, and Vaadin then replaces the global
 * strategy; filters holding the old one would save the signed-in user where the next request never
 * looks, and the authorization endpoint would send the user back to the sign-in form forever.
 */
final class CurrentSecurityContextHolderStrategy implements SecurityContextHolderStrategy {

    @Override
    public void clearContext() {
        current().clearContext();
    }

    @Override
    public SecurityContext getContext() {
        return current().getContext();
    }

    @Override
    public Supplier<SecurityContext> getDeferredContext() {
        return current().getDeferredContext();
    }

    @Override
    public void setContext(SecurityContext context) {
        current().setContext(context);
    }

    @Override
    public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
        current().setDeferredContext(deferredContext);
    }

    @Override
    public SecurityContext createEmptyContext() {
        return current().createEmptyContext();
    }

    private static SecurityContextHolderStrategy current() {
        return SecurityContextHolder.getContextHolderStrategy();
    }
}
