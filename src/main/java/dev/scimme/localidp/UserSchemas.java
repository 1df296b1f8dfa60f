package dev.scimme.localidp;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The schemas of this IdP's users: SCIM's core User, the enterprise extension and WSO2's vendor
 * extension, as Asgardeo offers them. {@code /Schemas} publishes them and {@code PATCH /Me} is checked
 * against them, so what a client is told and what the server enforces cannot drift apart.
 * Attribute paths ({@code name.familyName}, {@code urn:…:User:department}) are compared ignoring case.
 */
final class UserSchemas {

    static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    static final String WSO2 = "urn:scim:wso2:schema";

    private static final List<ScimSchema> ALL = List.of(
            new ScimSchema(
                    CORE,
                    "User",
                    "User Account",
                    List.of(
                            SchemaAttribute.string("id").asIdentifier().asReadOnly(),
                            SchemaAttribute.string("userName").asIdentifier().asRequired(),
                            SchemaAttribute.complex(
                                    "name",
                                    SchemaAttribute.string("formatted"),
                                    SchemaAttribute.string("familyName"),
                                    SchemaAttribute.string("givenName"),
                                    SchemaAttribute.string("middleName")),
                            SchemaAttribute.string("displayName"),
                            SchemaAttribute.string("nickName"),
                            SchemaAttribute.string("title"),
                            SchemaAttribute.string("locale"),
                            multiValuedContact("emails"),
                            multiValuedContact("phoneNumbers"))),
            new ScimSchema(
                    ENTERPRISE,
                    "EnterpriseUser",
                    "Enterprise User",
                    List.of(
                            SchemaAttribute.string("employeeNumber"),
                            SchemaAttribute.string("costCenter"),
                            SchemaAttribute.string("organization"),
                            SchemaAttribute.string("division"),
                            SchemaAttribute.string("department"))),
            new ScimSchema(
                    WSO2,
                    "WSO2User",
                    "WSO2 User Extension",
                    List.of(
                            SchemaAttribute.string("country"),
                            SchemaAttribute.string("dateOfBirth"),
                            SchemaAttribute.string("mobileNumbers").asMultiValued())));

    private final Set<String> readOnlyPaths;

    /** @param readOnlyPaths attribute paths made {@code readOnly} on top of what the schemas say */
    UserSchemas(Collection<String> readOnlyPaths) {
        this.readOnlyPaths = readOnlyPaths.stream().map(UserSchemas::normalized).collect(Collectors.toSet());
    }

    /** The schemas as {@code /Schemas} shows them, with the read-only switch applied. */
    List<ScimSchema> all() {
        return ALL.stream()
                .map(schema -> schema.withAttributes(schema.attributes().stream()
                        .map(attribute -> switched(pathOf(schema, attribute.name()), attribute))
                        .toList()))
                .toList();
    }

    Optional<ScimSchema> schema(String urn) {
        return all().stream()
                .filter(schema -> schema.id().equalsIgnoreCase(urn))
                .findFirst();
    }

    ScimSchema core() {
        return all().getFirst();
    }

    /** The extension schemas, whose attributes live under an object named by the URN. */
    List<ScimSchema> extensions() {
        return all().subList(1, ALL.size());
    }

    /** The path of an attribute as the read-only switch and clients name it. */
    static String pathOf(ScimSchema schema, String attribute) {
        return schema.isCore() ? attribute : schema.id() + ":" + attribute;
    }

    private SchemaAttribute switched(String path, SchemaAttribute attribute) {
        return switched(path, attribute, false);
    }

    /** A read-only complex attribute makes its sub-attributes read-only too. */
    private SchemaAttribute switched(String path, SchemaAttribute attribute, boolean parentReadOnly) {
        boolean readOnly = parentReadOnly || attribute.isReadOnly() || readOnlyPaths.contains(normalized(path));
        SchemaAttribute withSubs = attribute.withSubAttributes(attribute.subAttributes().stream()
                .map(sub -> switched(path + "." + sub.name(), sub, readOnly))
                .toList());
        return readOnly ? withSubs.asReadOnly() : withSubs;
    }

    private static String normalized(String path) {
        return path.trim().toLowerCase(Locale.ROOT);
    }

    private static SchemaAttribute multiValuedContact(String name) {
        return SchemaAttribute.complex(
                        name,
                        SchemaAttribute.string("value").asRequired(),
                        SchemaAttribute.string("type"),
                        SchemaAttribute.bool("primary"))
                .asMultiValued();
    }
}
