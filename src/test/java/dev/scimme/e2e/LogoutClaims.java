package dev.scimme.e2e;

import dev.scimme.localidp.RunningLocalIdp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The claims of a valid back-channel logout token for the demo user, as the embedded IdP would send
 * them (it does not send logouts itself, so the tests sign these with its key): fresh {@code jti},
 * issued now, valid for two minutes.
 */
final class LogoutClaims {

    private LogoutClaims() {}

    static Map<String, Object> forDemo(RunningLocalIdp idp) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("iss", idp.issuer());
        claims.put("aud", List.of(idp.clientId()));
        claims.put("iat", Instant.now().getEpochSecond());
        claims.put("exp", Instant.now().plusSeconds(120).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("sub", "demo");
        claims.put("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()));
        return claims;
    }
}
