package dev.scimme.pageload;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class InPageRenderingTest {

    @Test
    void markup_in_the_ui_state_written_into_the_page_cannot_end_its_script() {
        Document page = Jsoup.parse("<html><head><script initial>if (a < b) { check(); }</script>"
                + "<script initial>placeholder</script></head><body></body></html>");
        // As Flow's page holds it: the state is the script's data, written out as it is.
        page.select("script[initial]")
                .last()
                .dataNodes()
                .getFirst()
                .setWholeData("window.Vaadin = window.Vaadin || {};window.Vaadin.TypeScript= {\"initial\":"
                        + "{\"name\":\"</script><img src=x onerror=alert(1)><script>window.pwned=1</script>\"}};");

        InPageRendering.escapeMarkupInInitialState(page);

        Document asParsed = Jsoup.parse(page.html());
        assertThat(asParsed.select("img")).isEmpty();
        assertThat(asParsed.select("script")).hasSize(2);
        assertThat(asParsed.select("script").last().data())
                .contains("\"name\":\"\\u003c/script>\\u003cimg src=x onerror=alert(1)>");
        assertThat(asParsed.select("script").first().data()).isEqualTo("if (a < b) { check(); }");
    }
}
