package dev.scimme.pageload;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The first view of a full page load, in the page: for a route marked {@link RenderedInPage}, Vaadin
 * builds the UI while it answers the page request ({@code eagerServerLoad}, here for these routes only)
 * and the page carries the view's element tree as HTML, inert, until Vaadin's client has started and
 * drawn the live view in its place ({@code in-page-view.js}). Without it the page is empty until the
 * client has loaded, started and asked the server for the view: most of a full load's time (figure 6
 * of {@code docs/benchmarks.md}).
 *
 * <p>Only for a signed-in user's request without a query string. The page then carries Vaadin's
 * security key with the initial UIDL, and is compressed; with no query, no text of an attacker's
 * choosing stands next to it, so the compressed size says nothing about it (BREACH).
 */
@Component
class InPageRendering implements VaadinServiceInitListener {

    static final String COPY_ID = "in-page-view";

    /** What Flow's script of the UI's initial state assigns to (IndexHtmlRequestHandler). */
    static final String INITIAL_STATE = "window.Vaadin.TypeScript=";

    private final String swapScript = ClasspathText.read(InPageRendering.class, "in-page-view.js");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        service.setBootstrapInitialPredicate(request -> rendersInPage(service, request));
        event.addIndexHtmlRequestListener(this::completePage);
    }

    private static boolean rendersInPage(VaadinService service, VaadinRequest request) {
        if (request.getUserPrincipal() == null || !request.getParameterMap().isEmpty()) {
            return false;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        return RouteConfiguration.forRegistry(service.getRouter().getRegistry())
                .getRoute(path)
                .filter(view -> view.isAnnotationPresent(RenderedInPage.class))
                .isPresent();
    }

    private void completePage(IndexHtmlResponse response) {
        escapeMarkupInInitialState(response.getDocument());
        // Not response.getUI(): it answers only when eagerServerLoad is on for every route. A page built
        // with its UI (rendersInPage) has it as the current UI; any other page request has none.
        UI ui = UI.getCurrent();
        if (ui != null) {
            addCopy(response.getDocument(), ui);
        }
    }

    /**
     * Flow writes the UI's initial state (JSON) into an inline script as it is: a profile value holding
     * {@code </script>} would end that script and the rest of the state would be parsed as HTML, markup and
     * script of the value's choosing (found by {@code HostileDataIT}). In that script {@code <} occurs only
     * inside the JSON's strings, where its JSON escape means the same character.
     */
    static void escapeMarkupInInitialState(Document page) {
        for (Element script : page.select("script[initial]")) {
            for (DataNode data : script.dataNodes()) {
                if (data.getWholeData().contains(INITIAL_STATE)) {
                    data.setWholeData(data.getWholeData().replace("<", "\\u003c"));
                }
            }
        }
    }

    private void addCopy(Document page, UI ui) {
        Element container = page.getElementById(ui.getInternals().getAppId());
        if (container == null) {
            return;
        }
        Element copy = page.createElement("div").id(COPY_ID).attr("inert", true);
        ui.getInternals()
                .getWrapperElement()
                .getChildren()
                .filter(ElementHtml::drawn)
                .forEach(child -> copy.appendChild(ElementHtml.of(page, child)));
        container.before(copy);
        // After the copy and the container in the page, so that it runs before any module script.
        page.body().appendElement("script").appendChild(new DataNode(swapScript));
    }
}
