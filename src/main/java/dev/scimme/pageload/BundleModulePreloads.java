package dev.scimme.pageload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The JavaScript modules of Vaadin's production bundle that every first page load fetches, read from
 * the bundle itself, so that the page can ask for all of them at once ({@code <link rel=modulepreload>}).
 *
 * <p>Without the hints the browser discovers them one hop at a time: the entry script, then (after the
 * server's init answer) {@code FlowBootstrap}, then the component imports, then {@code FlowClient}, each a
 * round trip later than it could be. Vite writes a preload link only for the entry's static imports; Flow
 * loads the rest with {@code import()}. The names carry content hashes and change with every bundle
 * build, hence read at start-up instead of written down. The modules are those the entry names ({@code
 * "./name-hash.js"} literals: its static imports, its {@code import()} targets and Vite's preload lists)
 * and, transitively, their static imports; modules only imported on demand by those (e.g. a markdown
 * renderer) are left to load when used, and so are names the bundle does not hold.
 */
final class BundleModulePreloads {

    static final String BUNDLE = "META-INF/VAADIN/webapp/";
    static final String BUILD = "VAADIN/build/";

    private static final Pattern NAMED_MODULE = Pattern.compile("[\"'`]\\./([\\w.-]+\\.js)[\"'`]");
    private static final Pattern STATIC_IMPORT = Pattern.compile("(?:from|import)\\s*[\"']\\./([\\w.-]+\\.js)[\"']");

    private final ClassLoader loader;

    BundleModulePreloads(ClassLoader loader) {
        this.loader = loader;
    }

    /** Addresses relative to the page ({@code ./VAADIN/build/…}); empty when there is no production bundle. */
    List<String> read() {
        Optional<String> indexHtml = text(BUNDLE + "index.html");
        if (indexHtml.isEmpty()) {
            return List.of();
        }
        Document page = Jsoup.parse(indexHtml.get());
        Set<String> linked = new LinkedHashSet<>();
        for (Element element : page.select("script[type=module][src], link[rel=modulepreload][href]")) {
            String address = element.hasAttr("src") ? element.attr("src") : element.attr("href");
            fileName(address).ifPresent(linked::add);
        }
        Set<String> modules = new LinkedHashSet<>();
        for (String entry : page.select("script[type=module][src]").eachAttr("src")) {
            fileName(entry).flatMap(name -> text(BUNDLE + BUILD + name)).ifPresent(source -> {
                Deque<String> toVisit = new ArrayDeque<>(matches(NAMED_MODULE, source));
                Set<String> seen = new LinkedHashSet<>();
                while (!toVisit.isEmpty()) {
                    String module = toVisit.removeFirst();
                    if (seen.add(module)) {
                        // A name the bundle lacks (a literal that only looks like a module) would be a 404.
                        text(BUNDLE + BUILD + module).ifPresent(imported -> {
                            modules.add(module);
                            toVisit.addAll(matches(STATIC_IMPORT, imported));
                        });
                    }
                }
            });
        }
        modules.removeAll(linked);
        return modules.stream().map(module -> "./" + BUILD + module).toList();
    }

    private static Optional<String> fileName(String address) {
        int slash = address.lastIndexOf('/');
        return address.contains(BUILD) ? Optional.of(address.substring(slash + 1)) : Optional.empty();
    }

    private static Set<String> matches(Pattern pattern, String source) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(source);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private Optional<String> text(String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " of the frontend bundle", e);
        }
    }
}
