package dev.scimme.bench;

final class HeapPerSession {
    static Figure run(ProductionApp app) {
        throw new UnsupportedOperationException();
    }
}
