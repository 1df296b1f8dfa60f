package dev.scimme.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a person does in the browser, in the words of the tests. */
final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    final ChromeDriver driver;

    Browser() {
        this(Chromium.start());
    }

    Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement waitFor(By locator) {
        return waitFor(locator, PATIENCE);
    }

    WebElement waitFor(By locator, Duration patience) {
        return live(patience).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void waitForText(By locator, String text) {
        waitForText(locator, text, PATIENCE);
    }

    void waitForText(By locator, String text, Duration patience) {
        live(patience).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** Whether the page still shows the server's copy of its first view (pageload.InPageRendering). */
    boolean showsInPageCopy() {
        return Boolean.TRUE.equals(driver.executeScript("return document.getElementById('in-page-view') !== null;"));
    }

    /**
     * Waits until the element's content holds {@code text}, whether or not it is scrolled into
     * sight: what a screen reader reads from a live region ({@link #waitForText} reads only what is
     * visible in the window).
     */
    void waitForContent(By locator, String text) {
        live(PATIENCE)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(page -> String.valueOf(driver.findElement(locator).getDomProperty("textContent"))
                        .contains(text));
    }

    boolean isShowingSignInForm() {
        return !driver.findElements(By.name("username")).isEmpty()
                && !driver.findElements(By.name("password")).isEmpty();
    }

    void signInAtIdp(String username, String password) {
        waitFor(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit], input[type=submit]"))
                .click();
    }

    void click(By locator) {
        WebElement element = live(PATIENCE).until(ExpectedConditions.elementToBeClickable(locator));
        // Vaadin's AppLayout scrolls its content in a container of its own, which Selenium's own
        // scrolling does not always bring into the window: a long form's last button stays below it.
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /**
     * Marks the page that is loaded now, so that {@link #waitForAnotherPage()} can tell when the
     * browser has left it (a redirect, a reload): a condition, where waiting for a transient text
     * ("Loading…") on the next page could miss it on a busy machine.
     */
    void markThisPage() {
        driver.executeScript("window.e2eMarkedPage = true;");
    }

    /** Waits until the page marked by {@link #markThisPage()} is gone and another one is loaded. */
    void waitForAnotherPage() {
        wait(PATIENCE)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(page -> Boolean.TRUE.equals(driver.executeScript(
                        "return document.readyState === 'complete' && window.e2eMarkedPage === undefined;")));
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Saves a screenshot under {@code screenshots.dir} (default target/screenshots): `-Dscreenshots.dir=docs/screenshots` updates the README's. */
    void screenshot(String name) {
        Path directory = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A wait that first lets Vaadin's client replace the inert copy of the first view that a full page
     * load may carry (same element ids): what a test then finds, reads or clicks is the live view.
     */
    private WebDriverWait live(Duration patience) {
        WebDriverWait wait = wait(patience);
        wait.ignoring(org.openqa.selenium.WebDriverException.class).until(page -> !showsInPageCopy());
        return wait(patience);
    }

    private WebDriverWait wait(Duration patience) {
        // Poll often: a test waits for many short steps, each a page load or a push away.
        WebDriverWait wait = new WebDriverWait(driver, patience);
        wait.pollingEvery(Duration.ofMillis(20));
        return wait;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
