package dev.scimme.profile.edit;

import dev.scimme.security.SessionAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** One HTTP session's attributes, in memory. */
final class MapSessionAttributes implements SessionAttributes {

    private final Map<String, Object> attributes = new ConcurrentHashMap<>();

    @Override
    public @Nullable Object get(String name) {
        return attributes.get(name);
    }

    @Override
    public void set(String name, Object value) {
        attributes.put(name, value);
    }
}
