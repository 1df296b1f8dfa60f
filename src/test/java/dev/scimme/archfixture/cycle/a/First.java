package dev.scimme.archfixture.cycle.a;

import dev.scimme.archfixture.cycle.b.Second;

/** With {@link Second}, a cycle between two feature packages. */
public class First {

    public Second next() {
        return new Second();
    }
}
