package dev.scimme.localidp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One operation of an RFC 7644 section 3.5.2 {@code PatchOp} request, read from its body. Only the
 * message's shape is checked here; whether the path and value fit the user is {@link ScimPatch}'s job.
 */
record PatchOperation(
        Op op, @Nullable String path, @Nullable JsonNode value) {

    static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    enum Op {
        ADD,
        REPLACE,
        REMOVE
    }

    /** @throws ScimException {@code invalidSyntax} when the body is not a PatchOp message */
    static List<PatchOperation> parse(JsonNode body) {
        if (!body.isObject()) {
            throw invalidSyntax("The request body must be a JSON object.");
        }
        JsonNode schemas = body.path("schemas");
        if (!schemas.isArray() || schemas.values().stream().noneMatch(s -> SCHEMA.equalsIgnoreCase(s.asString()))) {
            throw invalidSyntax("The request body must declare the schema " + SCHEMA + ".");
        }
        JsonNode operations = body.path("Operations");
        if (!operations.isArray() || operations.isEmpty()) {
            throw invalidSyntax("The request body must carry a non-empty Operations array.");
        }
        List<PatchOperation> parsed = new ArrayList<>();
        for (JsonNode operation : operations.values()) {
            parsed.add(parseOne(operation));
        }
        return parsed;
    }

    private static PatchOperation parseOne(JsonNode operation) {
        if (!operation.isObject()) {
            throw invalidSyntax("Each operation must be a JSON object.");
        }
        JsonNode opName = operation.path("op");
        // RFC 7644 section 3.5.2: op names are case-insensitive ("Replace", as some clients send it).
        Op op = switch (opName.isString() ? opName.asString().toLowerCase(Locale.ROOT) : "") {
            case "add" -> Op.ADD;
            case "replace" -> Op.REPLACE;
            case "remove" -> Op.REMOVE;
            default -> throw invalidSyntax("Unknown operation " + opName + ": use add, replace or remove.");
        };
        JsonNode pathNode = operation.get("path");
        if (pathNode != null && !pathNode.isString()) {
            throw invalidSyntax("An operation's path must be a string.");
        }
        String path = pathNode == null || pathNode.asString().isBlank() ? null : pathNode.asString();
        JsonNode value = operation.get("value");
        if (op != Op.REMOVE && value == null) {
            throw invalidSyntax("The " + op.name().toLowerCase(Locale.ROOT) + " operation needs a value.");
        }
        if (op != Op.REMOVE && path == null && !value.isObject()) {
            throw invalidSyntax("Without a path, the value must be an object of attributes.");
        }
        if (op == Op.REMOVE && path == null) {
            throw ScimException.badRequest("noTarget", "The remove operation needs a path.");
        }
        return new PatchOperation(op, path, value);
    }

    private static ScimException invalidSyntax(String detail) {
        return ScimException.badRequest("invalidSyntax", detail);
    }
}
