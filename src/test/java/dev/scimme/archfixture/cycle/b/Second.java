package dev.scimme.archfixture.cycle.b;

import dev.scimme.archfixture.cycle.a.First;

/** With {@link First}, a cycle between two feature packages. */
public class Second {

    public First back() {
        return new First();
    }
}
