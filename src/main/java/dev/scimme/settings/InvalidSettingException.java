package dev.scimme.settings;

/**
 * A setting the app cannot start with. Carries the environment-variable name the user
 * actually writes, so the start-up failure names it instead of Spring's property path.
 */
public class InvalidSettingException extends RuntimeException {

    private final String setting;
    private final String expected;

    public InvalidSettingException(String setting, String problem, String expected) {
        super(setting + " " + problem);
        this.setting = setting;
        this.expected = expected;
    }

    public String setting() {
        return setting;
    }

    public String expected() {
        return expected;
    }
}
