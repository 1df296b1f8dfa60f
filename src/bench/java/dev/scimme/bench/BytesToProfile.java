package dev.scimme.bench;

final class BytesToProfile {
    static Figure run(ProductionApp app) {
        throw new UnsupportedOperationException();
    }
}
