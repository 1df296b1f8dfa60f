package dev.scimme.settings;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How patiently and how much the SCIM {@code /Me} client reads. The endpoint itself is an IdP
 * setting ({@code auth.asgardeo.me-endpoint}), not one of these. Spring Boot passes null for a
 * key that is not set; the constructor replaces it with the default.
 *
 * @param connectTimeout {@code scim.connect-timeout}: how long to wait for a connection (default 2 s)
 * @param responseTimeout {@code scim.response-timeout}: how long the whole response may take,
 *         connecting and body included (default 5 s)
 * @param maxBodySize {@code scim.max-body-size}: the largest body read; a larger one fails (default 1 MiB)
 */
@ConfigurationProperties("scim")
public record ScimMeProperties(Duration connectTimeout, Duration responseTimeout, DataSize maxBodySize) {

    // The body is read into one array; a limit this size is already far beyond any user resource.
    private static final DataSize LARGEST_BODY = DataSize.ofMegabytes(64);

    public ScimMeProperties {
        connectTimeout =
                positive("scim.connect-timeout", Objects.requireNonNullElse(connectTimeout, Duration.ofSeconds(2)));
        responseTimeout =
                positive("scim.response-timeout", Objects.requireNonNullElse(responseTimeout, Duration.ofSeconds(5)));
        maxBodySize = Objects.requireNonNullElse(maxBodySize, DataSize.ofMegabytes(1));
        if (maxBodySize.toBytes() < 1 || maxBodySize.compareTo(LARGEST_BODY) > 0) {
            throw new IllegalArgumentException(
                    "scim.max-body-size must be between 1B and " + LARGEST_BODY + ", was " + maxBodySize);
        }
    }

    private static Duration positive(String key, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(key + " must be positive, was " + duration);
        }
        return duration;
    }
}
