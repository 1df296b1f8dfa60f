package dev.scimme.profile;

import dev.scimme.profile.ProfileFailure.Kind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides what a response of the SCIM API means: {@code /Me}, and the other resources editing reads
 * ({@link #translateDocument}); {@link PatchResponseTranslator} builds on it for {@code PATCH}. A 403 counts as a missing scope only when it looks
 * like it came from the SCIM server (a scope challenge, a SCIM error body, or no body at all);
 * a 403 page from a proxy or firewall is an unexpected status instead, since granting a scope
 * would not fix it.
 */
final class MeResponseTranslator {

    private static final MediaType SCIM_JSON = MediaType.parseMediaType("application/scim+json");
    static final String DEFAULT_MISSING_SCOPE = "internal_login";

    private final ObjectMapper json = JsonMapper.builder().build();
    private final ScimUserParser parser = new ScimUserParser();
    private final DataSize maxBodySize;

    MeResponseTranslator(DataSize maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    ProfileResult translate(MeResponse response) {
        DocumentResult document = translateDocument(response);
        if (document instanceof DocumentResult.Failed failed) {
            return new ProfileResult.Failed(failed.failure());
        }
        JsonNode body = ((DocumentResult.Read) document).json();
        if (!body.isObject()) {
            return new ProfileResult.Failed(failure(
                    Kind.INVALID_RESPONSE,
                    response,
                    null,
                    "body is a JSON " + body.getNodeType().name().toLowerCase(Locale.ROOT) + ", expected an object"));
        }
        return new ProfileResult.Loaded(parser.parse(body));
    }

    /** Any resource of the SCIM API ({@code /Me}, {@code /Schemas}…): its JSON, or why there is none. */
    DocumentResult translateDocument(MeResponse response) {
        int status = response.status();
        if (status >= 200 && status < 300) {
            return json(response);
        }
        return new DocumentResult.Failed(failure(response));
    }

    /** What a response other than 2xx means, whatever was asked. */
    ProfileFailure failure(MeResponse response) {
        int status = response.status();
        String detail = scimError(response).map(ScimError::detail).orElse(null);
        if ((status == 401 || status == 403) && response.saysInsufficientScope()) {
            return scopeMissing(response, detail, "WWW-Authenticate says insufficient_scope");
        }
        if (status == 401) {
            return failure(Kind.TOKEN_REJECTED, response, detail, "401 although the token was refreshed");
        }
        if (status == 403) {
            if (scimError(response).isPresent()) {
                return scopeMissing(response, detail, "403 with a SCIM error body");
            }
            if (!response.hasBody() && !response.bodyTooLarge()) {
                return scopeMissing(response, null, "403 with an empty body");
            }
            return failure(
                    Kind.UNEXPECTED_STATUS,
                    response,
                    null,
                    "403 without a SCIM error body, " + describeType(response.contentType()));
        }
        if (status == 404) {
            return failure(Kind.NOT_FOUND, response, detail, "404: no such resource");
        }
        if (status >= 500 && status < 600) {
            return failure(Kind.SERVER_ERROR, response, detail, "server error " + status);
        }
        return failure(Kind.UNEXPECTED_STATUS, response, detail, "unexpected status " + status);
    }

    /** A 401 worth one retry with a refreshed token: not one that asks for more scope, which a refresh cannot add. */
    static boolean rejectsToken(MeResponse response) {
        return response.status() == 401 && !response.saysInsufficientScope();
    }

    private DocumentResult json(MeResponse response) {
        if (response.bodyTooLarge()) {
            return invalid(response, "body is larger than " + describe(maxBodySize));
        }
        if (!response.hasBody()) {
            return invalid(response, "body is empty");
        }
        if (response.contentType() == null) {
            return invalid(response, "body has no Content-Type, expected JSON");
        }
        if (!isJson(response.contentType())) {
            return invalid(response, "body is " + describeType(response.contentType()) + ", expected JSON");
        }
        try {
            return new DocumentResult.Read(json.readTree(response.body()));
        } catch (JacksonException e) {
            // Jackson's message quotes the body, which may hold profile values: keep it out of the reason.
            return invalid(response, "body is not valid JSON");
        }
    }

    private static DocumentResult invalid(MeResponse response, String reason) {
        return new DocumentResult.Failed(failure(Kind.INVALID_RESPONSE, response, null, reason));
    }

    Optional<ScimError> scimError(MeResponse response) {
        if (!response.hasBody()) {
            return Optional.empty();
        }
        try {
            return ScimError.parse(json.readTree(response.body()));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static boolean isJson(@Nullable String contentType) {
        MediaType type = mediaType(contentType);
        return type != null
                && (SCIM_JSON.isCompatibleWith(type)
                        || MediaType.APPLICATION_JSON.isCompatibleWith(type)
                        || "json".equalsIgnoreCase(type.getSubtypeSuffix()));
    }

    private static String describeType(@Nullable String contentType) {
        if (contentType == null) {
            return "without Content-Type";
        }
        MediaType type = mediaType(contentType);
        return type == null ? "of an unreadable Content-Type" : type.getType() + "/" + type.getSubtype();
    }

    private static @Nullable MediaType mediaType(@Nullable String contentType) {
        if (contentType == null) {
            return null;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isConcrete() ? type : null;
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }

    private static String describe(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }

    /**
     * A missing scope, with the scopes to ask for: those the challenge names, or {@code internal_login}
     * (what Asgardeo's {@code /scim2/Me} requires) when it names none, as Asgardeo's own 403 may not.
     */
    private static ProfileFailure scopeMissing(MeResponse response, @Nullable String detail, String reason) {
        List<String> named = response.namedScopes();
        return new ProfileFailure(
                Kind.SCOPE_MISSING,
                response.status(),
                detail,
                reason,
                named.isEmpty() ? List.of(DEFAULT_MISSING_SCOPE) : named);
    }

    private static ProfileFailure failure(Kind kind, MeResponse response, @Nullable String detail, String reason) {
        return new ProfileFailure(kind, response.status(), detail, reason);
    }
}
