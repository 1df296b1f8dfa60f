package dev.scimme.localidp;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The users' SCIM attributes as they are now, each with its version: what {@code /scim2/Me} shows and
 * {@code PATCH} changes, and what the ID token and UserInfo claims are made from. In memory, so a
 * restart brings back the configured users. Changes are serialized, which keeps the version check,
 * the e-mail uniqueness check and the write one step.
 */
final class UserProfiles {

    /**
     * One user's attributes at one version; {@code attributes} is never changed once stored.
     *
     * @param pendingEmails addresses added while e-mail changes wait for verification, not shown in
     *     the resource
     */
    record UserProfile(ObjectNode attributes, long version, Instant lastModified, List<String> pendingEmails) {

        UserProfile {
            pendingEmails = List.copyOf(pendingEmails);
        }

        String etag() {
            return EntityTag.of(version);
        }
    }

    private final Map<String, ObjectNode> initial;
    private final Map<String, UserProfile> current = new ConcurrentHashMap<>();
    private final Clock clock;

    UserProfiles(List<LocalUser> users, Map<String, UUID> scimIds, Clock clock) {
        this.clock = clock;
        Map<String, ObjectNode> start = new java.util.LinkedHashMap<>();
        users.forEach(user -> start.put(user.username(), attributesOf(user, scimIds.get(user.username()))));
        this.initial = Map.copyOf(start);
        Instant now = clock.instant();
        initial.forEach(
                (username, attributes) -> current.put(username, new UserProfile(attributes, 1, now, List.of())));
    }

    Optional<UserProfile> find(String username) {
        return Optional.ofNullable(current.get(username));
    }

    /**
     * Replaces a user's attributes with what {@code change} makes of a copy of them.
     *
     * @param ifMatch the request's {@code If-Match}, or null to change whatever version is current
     * @param holdNewEmails keep addresses the change adds out of the resource, as pending ones
     * @throws ScimException 404 for an unknown user, 412 for a stale {@code If-Match}, 409 {@code uniqueness}
     *     for an address another user has, or whatever {@code change} throws
     */
    synchronized UserProfile update(
            String username, @Nullable String ifMatch, UnaryOperator<ObjectNode> change, boolean holdNewEmails) {
        UserProfile before = find(username)
                .orElseThrow(() -> new ScimException(404, null, "No user " + username + " at this identity provider."));
        if (ifMatch != null && !EntityTag.matches(ifMatch, before.version())) {
            throw new ScimException(
                    412,
                    null,
                    "The resource changed since it was read: it is at version " + before.etag() + " now, not " + ifMatch
                            + ".");
        }
        ObjectNode after = change.apply(before.attributes().deepCopy());
        Set<String> added = emails(after);
        added.removeAll(emails(before.attributes()));
        for (String address : added) {
            requireUnused(username, address);
        }
        List<String> pending = new ArrayList<>(before.pendingEmails());
        if (holdNewEmails && !added.isEmpty()) {
            // Verification on update, as at Asgardeo: the list stays as it was until the address is confirmed.
            JsonNode emailsBefore = before.attributes().get("emails");
            if (emailsBefore == null) {
                after.remove("emails");
            } else {
                after.set("emails", emailsBefore.deepCopy());
            }
            added.stream().filter(address -> !pending.contains(address)).forEach(pending::add);
        }
        UserProfile updated = new UserProfile(after, before.version() + 1, clock.instant(), pending);
        current.put(username, updated);
        return updated;
    }

    /** Every user as configured again, under a new version (so no client mistakes it for what it had). */
    synchronized void reset() {
        Instant now = clock.instant();
        initial.forEach((username, attributes) -> current.put(
                username, new UserProfile(attributes, current.get(username).version() + 1, now, List.of())));
    }

    private void requireUnused(String username, String address) {
        current.forEach((other, profile) -> {
            if (!other.equals(username)
                    && (emails(profile.attributes()).contains(address)
                            || profile.pendingEmails().contains(address))) {
                throw new ScimException(409, "uniqueness", "The e-mail address " + address + " is already in use.");
            }
        });
    }

    /** Addresses in lower case: the domain part is case-insensitive, and no mailbox here relies on case. */
    private static Set<String> emails(JsonNode attributes) {
        Set<String> addresses = new LinkedHashSet<>();
        for (JsonNode email : attributes.path("emails").values()) {
            String value = email.path("value").asString("");
            if (!value.isBlank()) {
                addresses.add(value.toLowerCase(Locale.ROOT));
            }
        }
        return addresses;
    }

    private static ObjectNode attributesOf(LocalUser user, UUID scimId) {
        ObjectNode attributes = JsonNodeFactory.instance.objectNode();
        attributes.put("id", scimId.toString());
        attributes.put("userName", user.username());
        attributes
                .putObject("name")
                .put("givenName", user.givenName())
                .put("familyName", user.familyName())
                .put("formatted", user.formattedName());
        attributes
                .putArray("emails")
                .addObject()
                .put("value", user.email())
                .put("primary", true)
                .put("type", "work");
        user.attributes().forEach((path, value) -> {
            int colon = path.lastIndexOf(':');
            if (colon < 0) {
                attributes.put(path, value);
            } else {
                String urn = path.substring(0, colon);
                ObjectNode extension =
                        attributes.get(urn) instanceof ObjectNode existing ? existing : attributes.putObject(urn);
                extension.put(path.substring(colon + 1), value);
            }
        });
        return attributes;
    }
}
