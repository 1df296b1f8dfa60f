package dev.scimme.bench;

final class BrowserTiming {
    static Figure run(ProductionApp app) {
        throw new UnsupportedOperationException();
    }
}
