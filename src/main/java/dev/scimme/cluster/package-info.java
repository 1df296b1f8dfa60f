/**
 * What several instances of the app must share, and nothing more: which back-channel logouts
 * happened (so each instance ends its own sessions of that user) and which logout tokens were used
 * (so a replay is refused wherever it lands). Shared through Redis when {@code spring.data.redis.url}
 * is set; without it, one instance on its own, as before. Tokens and UIs never leave their instance.
 */
@NullMarked
package dev.scimme.cluster;

import org.jspecify.annotations.NullMarked;
