package dev.scimme.e2e;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.WebDriver;

/**
 * axe-core's accessibility rules run in the page as it stands. The script comes from the
 * {@code com.deque.html.axe-core:selenium} artifact itself: nothing is downloaded.
 */
final class Axe {

    /** What the tests hold the app to: no violation that blocks or seriously hinders someone. */
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Axe() {}

    /** The serious and critical violations on the current page, one line each: rule, impact, where. */
    static List<String> seriousOrCriticalViolations(WebDriver driver) {
        Results results = new AxeBuilder().analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(Axe::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .toList();
    }
}
