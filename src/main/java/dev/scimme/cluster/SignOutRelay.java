package dev.scimme.cluster;

/**
 * The instances' shared memory of back-channel logouts: whether a logout token may act (fresh, and
 * used nowhere before), and telling every other instance that it did. Neither call waits on a slow
 * or absent Redis for long: the answer then comes from this instance alone.
 */
public interface SignOutRelay {

    /**
     * True the first time a fresh logout token is seen by any instance; false when it is older than
     * {@link ReplayMemory#MAX_AGE} or was used before. Remembers it either way.
     */
    boolean firstUse(SignOut signOut);

    /** Makes every other instance end its sessions named by {@code signOut} (this one ended its own). */
    void relay(SignOut signOut);
}
