package dev.scimme.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A test-only OpenID provider on WireMock whose every answer a test can craft: discovery, JWKS,
 * token and UserInfo responses, with ID tokens signed by test RSA keys through Nimbus. By default
 * it behaves like an honest provider for {@link #CLIENT_ID}; tests then break one thing at a time.
 */
final class HostileIdp implements AutoCloseable {

    static final String CLIENT_ID = "hostile-idp-client";
    static final String CLIENT_SECRET = "hostile-idp-secret";
    static final String SUBJECT = "alice";
    static final String SCOPES = "openid profile email internal_login";

    private static final JsonMapper JSON = JsonMapper.shared();

    private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
    /** The key the provider signs with, and a second one it also publishes (as during key rotation). */
    final RSAKey signingKey = newKey("signing-key");

    final RSAKey otherPublishedKey = newKey("other-key");
    /** A key the provider never published: what a forger would sign with. */
    final RSAKey forgersKey = newKey("signing-key");

    HostileIdp() {
        server.start();
        serveHonestly();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Discovery, both keys in the JWKS, UserInfo for {@link #SUBJECT}; the token endpoint is set per test. */
    void serveHonestly() {
        server.resetAll();
        serveDiscovery(issuer());
        server.stubFor(get(urlPathEqualTo("/jwks"))
                .willReturn(json(
                        new JWKSet(List.of(signingKey.toPublicJWK(), otherPublishedKey.toPublicJWK())).toString())));
        serveUserInfo(SUBJECT);
    }

    void serveDiscovery(String claimedIssuer) {
        server.stubFor(get(urlPathEqualTo("/.well-known/openid-configuration"))
                .willReturn(json(JSON.writeValueAsString(Map.of(
                        "issuer",
                        claimedIssuer,
                        "authorization_endpoint",
                        issuer() + "/authorize",
                        "token_endpoint",
                        issuer() + "/token",
                        "jwks_uri",
                        issuer() + "/jwks",
                        "userinfo_endpoint",
                        issuer() + "/userinfo",
                        "response_types_supported",
                        List.of("code"),
                        "subject_types_supported",
                        List.of("public"),
                        "id_token_signing_alg_values_supported",
                        List.of("RS256"),
                        "token_endpoint_auth_methods_supported",
                        List.of("client_secret_basic"),
                        "code_challenge_methods_supported",
                        List.of("S256"))))));
    }

    void serveUserInfo(String subject) {
        server.stubFor(get(urlPathEqualTo("/userinfo"))
                .willReturn(json(JSON.writeValueAsString(Map.of(
                        "sub", subject, "given_name", "Alice", "family_name", "Doe", "email", "alice@example.com")))));
    }

    /** The token endpoint answers the next code exchange with this ID token (and opaque test tokens). */
    void answerTokenRequestWith(String idToken) {
        server.stubFor(post(urlPathEqualTo("/token"))
                .willReturn(json(JSON.writeValueAsString(Map.of(
                        "access_token",
                        "access-" + UUID.randomUUID(),
                        "token_type",
                        "Bearer",
                        "expires_in",
                        300,
                        "refresh_token",
                        "refresh-" + UUID.randomUUID(),
                        "scope",
                        SCOPES,
                        "id_token",
                        idToken)))));
    }

    /** The claims an honest provider would put in the ID token for this authorization request. */
    JWTClaimsSet.Builder honestClaims(String nonce) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer())
                .audience(CLIENT_ID)
                .subject(SUBJECT)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", nonce)
                .claim("given_name", "Alice")
                .claim("family_name", "Doe");
    }

    String signed(JWTClaimsSet claims) {
        return sign(claims, signingKey, header -> header.keyID(signingKey.getKeyID()));
    }

    /** Signed with {@code key}; {@code header} may change the JOSE header (drop or alter the kid). */
    String sign(JWTClaimsSet claims, RSAKey key, Consumer<JWSHeader.Builder> header) {
        JWSHeader.Builder builder = new JWSHeader.Builder(JWSAlgorithm.RS256);
        header.accept(builder);
        SignedJWT jwt = new SignedJWT(builder.build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** A valid signature over other claims, spliced onto these: the signature no longer matches. */
    String withBadSignature(JWTClaimsSet claims) {
        String[] good = signed(claims).split("\\.");
        String[] other = signed(
                        new JWTClaimsSet.Builder(claims).subject("mallory").build())
                .split("\\.");
        return good[0] + "." + good[1] + "." + other[2];
    }

    static String unsigned(JWTClaimsSet claims) {
        return new PlainJWT(claims).serialize();
    }

    static String base64(String json) {
        return Base64URL.encode(json).toString();
    }

    int tokenRequests() {
        return server.findAll(
                        com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo("/token")))
                .size();
    }

    @Override
    public void close() {
        server.stop();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    private static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
