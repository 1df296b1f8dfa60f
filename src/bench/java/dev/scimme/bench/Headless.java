package dev.scimme.bench;

import dev.scimme.e2e.Chromium;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium with a fresh profile (cold cache), as the end-to-end tests start it
 * ({@link Chromium}), plus Chromium's performance log, which carries the DevTools Network events
 * (bytes on the wire).
 */
final class Headless {

    private Headless() {}

    static ChromeDriver start() {
        ChromeDriver driver = Chromium.start(options -> {
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.PERFORMANCE, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        });
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Signs in as demo through the IdP's form and waits until {@code /server-profile} shows the profile. */
    static void signInToServerProfile(ChromeDriver driver, ProductionApp app) {
        driver.get(app.url("/server-profile"));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username")))
                .sendKeys("demo");
        driver.findElement(By.name("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type=submit], input[type=submit]"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("profile-email"), HttpUser.PROFILE_EMAIL));
    }
}
