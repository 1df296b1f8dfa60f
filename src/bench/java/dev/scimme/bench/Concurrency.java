package dev.scimme.bench;

final class Concurrency {
    static Figure run(ProductionApp app) {
        throw new UnsupportedOperationException();
    }
}
