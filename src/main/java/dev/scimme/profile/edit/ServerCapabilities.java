package dev.scimme.profile.edit;

import org.jspecify.annotations.Nullable;

/**
 * What one session learned from the server: what the user may edit, and whether the server supports
 * ETags ({@code If-Match}).
 *
 * @param etagSupported {@code etag.supported} of {@code /ServiceProviderConfig}; null when unknown
 * @param definite whether both answers were definite (any HTTP answer, even a refusal): only then is
 *     this kept for the session; after a timeout, an unreachable server, a 5xx or an ended session the
 *     next call asks again
 */
record ServerCapabilities(EditCapabilities edit, @Nullable Boolean etagSupported, boolean definite) {}
