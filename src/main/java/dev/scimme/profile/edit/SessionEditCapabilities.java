package dev.scimme.profile.edit;

import dev.scimme.security.SessionAttributes;
import dev.scimme.security.SessionTokens;
import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The server's capabilities, read once per HTTP session and kept in it, so they die with it. Only a
 * definite reading is kept ({@link ServerCapabilities#definite()}). Two first calls of one session at
 * the same moment may both read; both get the same answer, and a Vaadin UI serialises its own calls.
 */
final class SessionEditCapabilities {

    static final String ATTRIBUTE = SessionEditCapabilities.class.getName();

    private final CapabilitiesReader reader;

    SessionEditCapabilities(CapabilitiesReader reader) {
        this.reader = reader;
    }

    ServerCapabilities of(SessionTokens tokens, Optional<SessionAttributes> session) {
        if (session.isPresent() && session.get().get(ATTRIBUTE) instanceof Kept kept && kept.capabilities != null) {
            return kept.capabilities;
        }
        ServerCapabilities read = reader.read(tokens);
        if (read.definite() && session.isPresent()) {
            session.get().set(ATTRIBUTE, new Kept(read));
        }
        return read;
    }

    /**
     * The session attribute. Serializable so that a session can be persisted, but what it holds is not
     * written: a restored session reads the capabilities again.
     */
    private static final class Kept implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private final transient @Nullable ServerCapabilities capabilities;

        Kept(ServerCapabilities capabilities) {
            this.capabilities = capabilities;
        }
    }
}
