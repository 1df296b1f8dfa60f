package dev.scimme.pageload;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ElementHtmlTest {

    private final Document page = Document.createShell("");

    {
        page.outputSettings().prettyPrint(false);
    }

    @Test
    void text_that_looks_like_markup_stays_text() {
        Element value = new Element("span");
        value.setText("<img src=x onerror=alert(1)><script>window.pwned=1</script>");

        String html = html(value);

        assertThat(html)
                .isEqualTo(
                        "<span>&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;window.pwned=1&lt;/script&gt;</span>");
    }

    @Test
    void elements_the_client_would_hide_are_left_out() {
        Element card = new Element("div");
        Element shown = new Element("p");
        shown.setText("shown");
        Element hidden = new Element("p");
        hidden.setText("hidden");
        hidden.setVisible(false);
        card.appendChild(shown, hidden);

        assertThat(html(card)).isEqualTo("<div><p>shown</p></div>");
    }

    @Test
    void attributes_are_kept_and_a_web_components_plain_properties_become_attributes() {
        Element icon = new Element("vaadin-icon");
        icon.setAttribute("aria-hidden", "true");
        icon.setProperty("symbol", "edit");
        icon.setProperty("iconClass", "ignored: not a plain name");
        Element paragraph = new Element("p");
        paragraph.setProperty("title", "a property of a plain element is not drawn");

        assertThat(html(icon)).isEqualTo("<vaadin-icon aria-hidden=\"true\" symbol=\"edit\"></vaadin-icon>");
        assertThat(html(paragraph)).isEqualTo("<p></p>");
    }

    @Test
    void an_inner_html_property_is_never_drawn() {
        Element element = new Element("div");
        element.setProperty("innerHTML", "<b>markup</b>");

        assertThat(html(element)).isEqualTo("<div></div>");
    }

    /** As in Vaadin's page: attached to the document, whose settings say how it is written. */
    private String html(Element element) {
        page.body().empty().appendChild(ElementHtml.of(page, element));
        return page.body().html();
    }
}
