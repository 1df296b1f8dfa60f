package dev.scimme.localidp;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A PATCH {@code path} (RFC 7644 section 3.5.2: {@code [URN:]attr[.sub]} or {@code attr[filter][.sub]})
 * resolved against the user's schemas. Filters are the one form clients use on {@code /Me}:
 * {@code subAttr eq "text"} (or {@code true}/{@code false}).
 *
 * @param schema the schema the attribute belongs to
 * @param attribute the attribute named, with its canonical spelling
 * @param filter which values of a multi-valued attribute are meant; null for all of it
 * @param subAttribute the sub-attribute named after the attribute (or after its filter); null for none
 */
record ScimPath(
        ScimSchema schema,
        SchemaAttribute attribute,
        @Nullable ValueFilter filter,
        @Nullable SchemaAttribute subAttribute) {

    private static final String NAME = "[A-Za-z][A-Za-z0-9_$-]*";
    private static final Pattern SHAPE =
            Pattern.compile("(" + NAME + ")(?:\\[(.*)])?(?:\\.(" + NAME + "))?", Pattern.DOTALL);
    private static final Pattern COMPARISON = Pattern.compile(
            "\\s*(" + NAME + ")\\s+eq\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(true|false))\\s*", Pattern.CASE_INSENSITIVE);

    /** @throws ScimException {@code invalidPath} or {@code invalidFilter} */
    static ScimPath parse(String path, UserSchemas schemas) {
        ScimSchema schema = schemas.core();
        String rest = path.trim();
        for (ScimSchema candidate : schemas.all()) {
            String prefix = candidate.id().toLowerCase(Locale.ROOT) + ":";
            if (rest.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                schema = candidate;
                rest = rest.substring(prefix.length());
                break;
            }
        }
        Matcher shape = SHAPE.matcher(rest);
        if (!shape.matches()) {
            throw invalidPath("The path " + path + " is not a SCIM attribute path.");
        }
        ScimSchema inSchema = schema;
        SchemaAttribute attribute = schema.attribute(shape.group(1))
                .orElseThrow(() -> invalidPath("No attribute " + shape.group(1) + " in " + inSchema.id() + "."));
        ValueFilter filter = shape.group(2) == null ? null : ValueFilter.parse(shape.group(2), attribute);
        SchemaAttribute subAttribute = null;
        if (shape.group(3) != null) {
            subAttribute = attribute
                    .subAttribute(shape.group(3))
                    .orElseThrow(
                            () -> invalidPath("No sub-attribute " + shape.group(3) + " of " + attribute.name() + "."));
            if (attribute.multiValued() && filter == null) {
                throw invalidPath("A sub-attribute of " + attribute.name() + " needs a filter: " + attribute.name()
                        + "[value eq \"…\"]." + subAttribute.name() + ".");
            }
        }
        return new ScimPath(schema, attribute, filter, subAttribute);
    }

    /**
     * The values of a multi-valued attribute a filter selects: those whose {@code subAttribute}
     * equals {@code expected}, text compared ignoring case (e-mail addresses, types).
     */
    record ValueFilter(String subAttribute, JsonNode expected) {

        static ValueFilter parse(String filter, SchemaAttribute attribute) {
            if (!attribute.multiValued() || !attribute.isComplex()) {
                throw invalidFilter("Only values of multi-valued complex attributes can be filtered, not "
                        + attribute.name() + ".");
            }
            Matcher comparison = COMPARISON.matcher(filter);
            if (!comparison.matches()) {
                throw invalidFilter("Unsupported filter [" + filter + "]: use [value eq \"…\"].");
            }
            SchemaAttribute sub = attribute
                    .subAttribute(comparison.group(1))
                    .orElseThrow(() ->
                            invalidFilter("No sub-attribute " + comparison.group(1) + " of " + attribute.name() + "."));
            JsonNode expected = comparison.group(2) != null
                    ? JsonNodeFactory.instance.stringNode(comparison.group(2).replaceAll("\\\\(.)", "$1"))
                    : JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(comparison.group(3)));
            return new ValueFilter(sub.name(), expected);
        }

        boolean matches(JsonNode value) {
            JsonNode actual = value.path(subAttribute);
            if (expected.isString() && actual.isString()) {
                return expected.asString().equalsIgnoreCase(actual.asString());
            }
            return expected.equals(actual);
        }
    }

    private static ScimException invalidPath(String detail) {
        return ScimException.badRequest("invalidPath", detail);
    }

    private static ScimException invalidFilter(String detail) {
        return ScimException.badRequest("invalidFilter", detail);
    }
}
