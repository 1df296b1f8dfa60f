package dev.scimme.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Verifies ID tokens as Spring's {@link OidcIdTokenDecoderFactory} does (RS256 against the IdP's
 * JWKS; {@code iss}, {@code aud}, {@code sub}, {@code iat}, {@code exp} checked; {@code nonce} by
 * the provider that calls this), plus one rule Spring leaves out: a token without a {@code kid}
 * is refused when the JWKS offers several keys (see {@link KeyIdRequiredWhenAmbiguous}).
 * Decoders are kept per registration, so the JWKS is cached between sign-ins.
 */
@Component
class IdTokenDecoderFactory implements JwtDecoderFactory<ClientRegistration> {

    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    @Override
    public JwtDecoder createDecoder(ClientRegistration registration) {
        String jwkSetUri = registration.getProviderDetails().getJwkSetUri();
        return decoders.computeIfAbsent(
                registration.getRegistrationId() + " " + jwkSetUri, key -> build(registration, jwkSetUri));
    }

    private static JwtDecoder build(ClientRegistration registration, String jwkSetUri) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .jwtProcessorCustomizer(processor ->
                        processor.setJWSKeySelector(new KeyIdRequiredWhenAmbiguous<>(processor.getJWSKeySelector())))
                .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(new OidcIdTokenValidator(registration)));
        decoder.setClaimSetConverter(OidcIdTokenDecoderFactory.createDefaultClaimTypeConverter());
        return decoder;
    }
}
