package dev.scimme.cluster;

/** One instance on its own (no Redis configured): replays are refused from this instance's memory; nobody else to tell. */
public final class LocalSignOutRelay implements SignOutRelay {

    private final ReplayMemory memory;

    public LocalSignOutRelay(ReplayMemory memory) {
        this.memory = memory;
    }

    @Override
    public boolean firstUse(SignOut signOut) {
        return memory.firstUse(signOut);
    }

    @Override
    public void relay(SignOut signOut) {
        // No other instance.
    }
}
