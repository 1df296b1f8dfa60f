package dev.scimme.localidp;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers rejected {@code /scim2/**} requests the way a SCIM server does: the RFC 6750 challenge in
 * {@code WWW-Authenticate} and an RFC 7644 error body, instead of Spring Security's empty responses.
 */
final class ScimErrorResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String SCIM_JSON = "application/scim+json";

    private final JsonMapper jsonMapper;
    private final String requiredScope;

    ScimErrorResponses(JsonMapper jsonMapper, String requiredScope) {
        this.jsonMapper = jsonMapper;
        this.requiredScope = requiredScope;
    }

    @Override
    public void commence(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException authException)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge(authException));
        write(
                response,
                HttpServletResponse.SC_UNAUTHORIZED,
                "Authentication required: send a valid bearer access token.");
    }

    @Override
    public void handle(
            HttpServletRequest request, HttpServletResponse response, AccessDeniedException accessDeniedException)
            throws IOException {
        response.setHeader(
                HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\", scope=\"" + requiredScope + "\"");
        write(response, HttpServletResponse.SC_FORBIDDEN, "The access token lacks the scope " + requiredScope + ".");
    }

    /**
     * RFC 6750 section 3: a bare {@code Bearer} when no token came, the error code when one was rejected.
     * Spring Security's own entry point would also announce RFC 9728 resource metadata this IdP does not serve.
     */
    private static String challenge(AuthenticationException authException) {
        if (authException instanceof OAuth2AuthenticationException rejected) {
            OAuth2Error error = rejected.getError();
            String description = error.getDescription();
            return "Bearer error=\"" + error.getErrorCode() + "\""
                    + (description == null ? "" : ", error_description=\"" + description.replace('"', '\'') + "\"");
        }
        return "Bearer";
    }

    private void write(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(SCIM_JSON);
        response.setCharacterEncoding("UTF-8");
        jsonMapper.writeValue(response.getOutputStream(), ScimError.of(status, detail));
    }
}
