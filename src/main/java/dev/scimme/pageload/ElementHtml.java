package dev.scimme.pageload;

import com.vaadin.flow.dom.Element;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A Flow element tree as the HTML that Vaadin's client would draw for it, as far as HTML can say it: tags,
 * attributes, text, invisible elements left out, and a web component's plain properties (a {@code
 * <vaadin-icon>}'s {@code symbol}) as the attributes the component reads them from. Not Flow's own {@code
 * ElementUtil.toJsoup}: it draws invisible elements (Flow hides them from the client side) and drops
 * properties. Never an {@code innerHTML} property: text stays text.
 */
final class ElementHtml {

    /** Properties that a web component also reads from the attribute of the same name. */
    private static final Pattern PLAIN_PROPERTY = Pattern.compile("[a-z]+");

    private ElementHtml() {}

    static Node of(Document page, Element element) {
        if (element.isTextNode()) {
            return new TextNode(element.getText());
        }
        org.jsoup.nodes.Element html = page.createElement(element.getTag());
        element.getAttributeNames().forEach(name -> {
            String value = element.getAttribute(name);
            html.attr(name, value == null ? "" : value);
        });
        if (element.getTag().contains("-")) {
            element.getPropertyNames()
                    .filter(name -> PLAIN_PROPERTY.matcher(name).matches() && !html.hasAttr(name))
                    .forEach(name -> {
                        if (element.getPropertyRaw(name) instanceof String value) {
                            html.attr(name, value);
                        }
                    });
        }
        element.getChildren().filter(ElementHtml::drawn).forEach(child -> html.appendChild(of(page, child)));
        return html;
    }

    static boolean drawn(Element element) {
        return element.isTextNode() || element.isVisible();
    }
}
