package dev.scimme.bench;

final class ProductionApp implements AutoCloseable {
    static ProductionApp start() {
        throw new UnsupportedOperationException();
    }
    @Override
    public void close() {
    }
}
