package dev.scimme.profile;

import dev.scimme.security.ScopesToGrant;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpResponse;

/**
 * What came back from {@code /Me}, read completely before the connection is released. The body
 * is read up to the limit and one byte more, never further, so a hostile or broken server cannot
 * make us buffer an unbounded body.
 *
 * @param body the bytes read; empty when {@code bodyTooLarge}
 * @param bodyTooLarge whether the server sent (or announced) more than the limit
 */
record MeResponse(
        int status, @Nullable String contentType, List<String> wwwAuthenticate, byte[] body, boolean bodyTooLarge) {

    /**
     * One {@code name=value} attribute of a challenge; the value a quoted string (group 2) or a token
     * (group 3). A name starts only where no name character precedes it and nothing is given back
     * (possessive), so the scan stays linear in the header's length whatever a server sends.
     */
    private static final Pattern AUTH_PARAM = Pattern.compile(
            "(?<![A-Za-z0-9_.-])([A-Za-z0-9_.-]++)\\s*+=\\s*+(?:\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"|([^\\s,\"]*+))");

    /** Real challenges are a few hundred characters; a longer one is not searched for scopes at all. */
    private static final int MAX_CHALLENGE_LENGTH = 4096;

    MeResponse {
        wwwAuthenticate = List.copyOf(wwwAuthenticate);
    }

    static MeResponse read(ClientHttpResponse response, long maxBodyBytes) throws IOException {
        HttpHeaders headers = response.getHeaders();
        int status = response.getStatusCode().value();
        String contentType = headers.getFirst(HttpHeaders.CONTENT_TYPE);
        List<String> wwwAuthenticate = headers.getOrEmpty(HttpHeaders.WWW_AUTHENTICATE);
        if (headers.getContentLength() > maxBodyBytes) {
            return new MeResponse(status, contentType, wwwAuthenticate, new byte[0], true);
        }
        // A declared length sizes the read to the body (a user resource is ~1 KiB), not to the limit.
        long declared = headers.getContentLength();
        long readLimit = (declared >= 0 ? Math.min(declared, maxBodyBytes) : maxBodyBytes) + 1;
        try (InputStream in = response.getBody()) {
            byte[] body = in.readNBytes(Math.toIntExact(readLimit));
            boolean tooLarge = body.length > maxBodyBytes;
            return new MeResponse(status, contentType, wwwAuthenticate, tooLarge ? new byte[0] : body, tooLarge);
        }
    }

    boolean hasBody() {
        return body.length > 0;
    }

    boolean saysInsufficientScope() {
        return wwwAuthenticate.stream().anyMatch(challenge -> challenge.contains("insufficient_scope"));
    }

    /**
     * The scopes an {@code insufficient_scope} challenge names in its {@code scope} attribute
     * (RFC 6750 section 3): only well-formed scope tokens, a few at most ({@link ScopesToGrant#valid}),
     * since the answer comes from outside and these end up in an authorization request.
     */
    List<String> namedScopes() {
        List<String> named = new ArrayList<>();
        for (String challenge : wwwAuthenticate) {
            if (!challenge.contains("insufficient_scope") || challenge.length() > MAX_CHALLENGE_LENGTH) {
                continue;
            }
            // Attribute by attribute, each quoted value consumed whole, so "scope=" inside another
            // attribute's value (error_description) is not mistaken for the scope attribute.
            Matcher attribute = AUTH_PARAM.matcher(challenge);
            while (attribute.find()) {
                if (attribute.group(1).equalsIgnoreCase("scope")) {
                    String value = attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
                    named.addAll(List.of(value.strip().split("\\s+")));
                }
            }
        }
        return ScopesToGrant.valid(named);
    }
}
