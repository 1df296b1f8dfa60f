package dev.scimme.cluster;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The claims of a validated back-channel logout token that say whose sessions end, and nothing
 * else: not the token. {@code sessionId} is the IdP's {@code sid}; without it every session of
 * {@code subject} at {@code issuer} ends. This is what travels between instances.
 */
public record SignOut(
        String issuer,
        List<String> audience,
        @Nullable String subject,
        @Nullable String sessionId,
        String tokenId,
        Instant issuedAt) {

    public SignOut {
        audience = List.copyOf(audience);
        if (subject == null && sessionId == null) {
            throw new IllegalArgumentException("a sign-out names a subject or a session");
        }
    }

    Map<String, String> toFields() {
        Map<String, String> fields = new HashMap<>();
        fields.put("iss", issuer);
        // Newline: the one character an audience value (a client id) does not contain.
        fields.put("aud", String.join("\n", audience));
        if (subject != null) {
            fields.put("sub", subject);
        }
        if (sessionId != null) {
            fields.put("sid", sessionId);
        }
        fields.put("jti", tokenId);
        fields.put("iat", Long.toString(issuedAt.getEpochSecond()));
        return fields;
    }

    /** The inverse of {@link #toFields()}; throws {@link IllegalArgumentException} for anything else. */
    static SignOut fromFields(Map<?, ?> fields) {
        Object issuer = fields.get("iss");
        Object audience = fields.get("aud");
        Object tokenId = fields.get("jti");
        Object issuedAt = fields.get("iat");
        if (issuer == null || audience == null || tokenId == null || issuedAt == null) {
            throw new IllegalArgumentException("not a sign-out: fields " + fields.keySet());
        }
        try {
            return new SignOut(
                    issuer.toString(),
                    List.of(audience.toString().split("\n")),
                    fields.get("sub") == null ? null : fields.get("sub").toString(),
                    fields.get("sid") == null ? null : fields.get("sid").toString(),
                    tokenId.toString(),
                    Instant.ofEpochSecond(Long.parseLong(issuedAt.toString())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a sign-out: iat " + issuedAt, e);
        }
    }
}
