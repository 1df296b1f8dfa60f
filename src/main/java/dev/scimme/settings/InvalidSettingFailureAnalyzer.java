package dev.scimme.settings;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an {@link InvalidSettingException} anywhere in a start-up failure into one readable paragraph. */
class InvalidSettingFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSettingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidSettingException cause) {
        return new FailureAnalysis(
                "The setting " + cause.getMessage() + ".",
                "Set " + cause.setting() + " to " + cause.expected()
                        + ". Settings are read from the environment, then from .env and .env.local in the working directory.",
                cause);
    }
}
