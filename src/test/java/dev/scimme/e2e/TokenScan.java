package dev.scimme.e2e;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds tokens in text, whole or as any run of {@value #WINDOW} consecutive characters of one:
 * a token cut up, re-encoded at the edges or half-logged still shows. Rolling hashes keep this
 * linear in the text's length, which is several MB for a recording of the development bundle.
 */
final class TokenScan {

    static final int WINDOW = 20;
    private static final long BASE = 1_000_003L;

    private final Map<Long, List<String>> windowsByHash = new HashMap<>();
    private final long highestPower;

    TokenScan(Set<String> tokens) {
        long power = 1;
        for (int i = 1; i < WINDOW; i++) {
            power *= BASE;
        }
        this.highestPower = power;
        for (String token : tokens) {
            for (int start = 0; start + WINDOW <= token.length(); start++) {
                String window = token.substring(start, start + WINDOW);
                windowsByHash
                        .computeIfAbsent(hash(window), key -> new ArrayList<>())
                        .add(window);
            }
        }
    }

    /** The token windows found in {@code text}; empty when it holds no part of any token. */
    List<String> findIn(String text) {
        List<String> found = new ArrayList<>();
        if (text.length() < WINDOW || windowsByHash.isEmpty()) {
            return found;
        }
        long rolling = hash(text.substring(0, WINDOW));
        for (int start = 0; ; start++) {
            List<String> candidates = windowsByHash.get(rolling);
            if (candidates != null) {
                String window = text.substring(start, start + WINDOW);
                if (candidates.contains(window)) {
                    found.add(window);
                }
            }
            if (start + WINDOW >= text.length()) {
                return found;
            }
            rolling = (rolling - text.charAt(start) * highestPower) * BASE + text.charAt(start + WINDOW);
        }
    }

    private static long hash(String window) {
        long hash = 0;
        for (int i = 0; i < window.length(); i++) {
            hash = hash * BASE + window.charAt(i);
        }
        return hash;
    }
}
