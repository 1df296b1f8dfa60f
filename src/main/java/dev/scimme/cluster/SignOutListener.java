package dev.scimme.cluster;

/** Ends this instance's sessions that a sign-out names; sessions of other instances are theirs to end. */
@FunctionalInterface
public interface SignOutListener {

    void signOut(SignOut signOut);
}
