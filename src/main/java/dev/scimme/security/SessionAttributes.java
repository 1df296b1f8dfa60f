package dev.scimme.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The attributes of one HTTP session, found on a request or UI thread and usable later from any
 * thread; whatever is kept here dies with the session. Once the session has been invalidated, reads
 * find nothing and writes are dropped.
 *
 * <p>Why not Spring's session scope: it finds the session through the current request only, and a
 * Vaadin UI thread entered through {@code UI.access} has none; Vaadin's session is looked up first
 * here, as the tokens are.
 */
public interface SessionAttributes {

    @Nullable Object get(String name);

    void set(String name, Object value);

    /** The session of the current Vaadin UI or servlet request; empty on any other thread or before a session exists. */
    static Optional<SessionAttributes> current() {
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        if (vaadinSession != null && vaadinSession.getSession() != null) {
            WrappedSession session = vaadinSession.getSession();
            return Optional.of(of(session::getAttribute, session::setAttribute));
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getSession(false) != null) {
            HttpSession session = attributes.getRequest().getSession(false);
            return Optional.of(of(session::getAttribute, session::setAttribute));
        }
        return Optional.empty();
    }

    private static SessionAttributes of(Reader reader, Writer writer) {
        return new SessionAttributes() {
            @Override
            public @Nullable Object get(String name) {
                return unlessInvalidated(() -> reader.read(name));
            }

            @Override
            public void set(String name, Object value) {
                unlessInvalidated(() -> {
                    writer.write(name, value);
                    return null;
                });
            }
        };
    }

    private static @Nullable Object unlessInvalidated(Supplier<@Nullable Object> access) {
        try {
            return access.get();
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    /** A session's attribute lookup, whether Vaadin's wrapped session or the servlet's. */
    @FunctionalInterface
    interface Reader {
        @Nullable Object read(String name);
    }

    /** A session's attribute setter. */
    @FunctionalInterface
    interface Writer {
        void write(String name, Object value);
    }
}
