package dev.scimme.profile;

import java.io.IOException;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

/**
 * The one place in the application that reads a raw access token: it puts the token a request
 * carries as an attribute into that request's {@code Authorization} header, as late as possible,
 * so no other code (nor any log line) ever holds the token's value.
 *
 * <p>Why not Spring's {@code OAuth2ClientHttpRequestInterceptor}: it obtains the token through an
 * {@code OAuth2AuthorizedClientManager} for the current principal. The profile is also loaded on a
 * virtual thread, where there is no HTTP request, and on a 401 the client must refresh once and
 * retry once with the new token ({@code ScimMeClient}); the token here is the one the caller chose
 * for this attempt ({@link dev.scimme.security.SessionTokens}), so a retry can never resend the
 * rejected one.
 */
final class BearerTokenInterceptor implements ClientHttpRequestInterceptor {

    static final String ACCESS_TOKEN_ATTRIBUTE = BearerTokenInterceptor.class.getName() + ".accessToken";

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        if (!(request.getAttributes().get(ACCESS_TOKEN_ATTRIBUTE) instanceof OAuth2AccessToken token)) {
            throw new IllegalStateException("a SCIM request must carry the access token attribute");
        }
        request.getHeaders().setBearerAuth(token.getTokenValue());
        return execution.execute(request, body);
    }
}
