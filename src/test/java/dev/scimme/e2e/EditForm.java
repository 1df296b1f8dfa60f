package dev.scimme.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The edit form's fields as a person uses them. */
final class EditForm {

    private EditForm() {}

    /** Replaces the text of the Vaadin text field with this id, as typing would. */
    static void type(Browser browser, String fieldId, String text) {
        WebElement input = browser.waitFor(By.cssSelector("#" + fieldId + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    /** The id of the component holding the focus: the Vaadin field around a focused input, or the button. */
    static String focusedId(Browser browser) {
        Object id = browser.driver.executeScript("const e = document.activeElement;"
                + " const host = e && e.closest('[id]:not(input)');"
                + " return host ? host.id : (e ? e.tagName : null);");
        return String.valueOf(id);
    }
}
