package dev.scimme.pageload;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.List;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Shortens every full page load (a reload, a bookmark, the return from sign-in): adds to Vaadin's
 * bootstrap page a small script that lets Flow's client start as soon as it is loaded ({@code
 * late-dom-ready.js} says why it waits otherwise) and, in production mode, preload links for the
 * bundle's modules ({@link BundleModulePreloads}). Measured in figure 6 of {@code docs/benchmarks.md}.
 */
@Component
class BootstrapPageAdditions implements VaadinServiceInitListener {

    private final String lateDomReady = ClasspathText.read(BootstrapPageAdditions.class, "late-dom-ready.js");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        List<String> preloads = event.getSource().getDeploymentConfiguration().isProductionMode()
                ? new BundleModulePreloads(event.getSource().getClassLoader()).read()
                : List.of();
        event.addIndexHtmlRequestListener(response -> addTo(response, preloads));
    }

    private void addTo(IndexHtmlResponse response, List<String> preloads) {
        Element head = response.getDocument().head();
        // DataNode: a text node would be escaped ("=>" as "=&gt;").
        head.prependElement("script").appendChild(new DataNode(lateDomReady));
        preloads.forEach(address -> head.appendElement("link")
                .attr("rel", "modulepreload")
                .attr("crossorigin", "")
                .attr("href", address));
    }
}
