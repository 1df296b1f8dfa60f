package dev.scimme.pageload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleModulePreloadsTest {

    @TempDir
    Path classpath;

    @Test
    void the_modules_the_entry_names_and_their_static_imports_are_preloaded_once_in_the_order_found()
            throws IOException {
        bundleFile("index.html", """
                <html><head>
                <script type="module" crossorigin src="./VAADIN/build/indexhtml-AbCd1234.js"></script>
                <link rel="modulepreload" crossorigin href="./VAADIN/build/chunk-Shared12.js">
                </head><body><div id="outlet"></div></body></html>
                """);
        buildFile("indexhtml-AbCd1234.js", """
                import{a as e}from"./chunk-Shared12.js";
                const m=["./FlowBootstrap-Boot1234.js","./chunk-Shared12.js"];
                e(()=>import(`./FlowClient-Clnt1234.js`),[]);
                """);
        buildFile("FlowBootstrap-Boot1234.js", "import{a}from\"./chunk-Shared12.js\";export const init=1;");
        buildFile("FlowClient-Clnt1234.js", "import\"./icons-Icon1234.js\";export const init=2;");
        buildFile("icons-Icon1234.js", "const md=()=>import(\"./markdown-Lazy1234.js\");export{md};");
        buildFile("markdown-Lazy1234.js", "export const parse=1;");
        buildFile("chunk-Shared12.js", "export const a=1;");

        assertThat(preloads().read())
                .containsExactly(
                        "./VAADIN/build/FlowBootstrap-Boot1234.js",
                        "./VAADIN/build/FlowClient-Clnt1234.js",
                        "./VAADIN/build/icons-Icon1234.js");
    }

    @Test
    void without_a_production_bundle_nothing_is_preloaded() {
        assertThat(preloads().read()).isEmpty();
    }

    @Test
    void a_name_the_entry_holds_but_the_bundle_lacks_is_not_preloaded() throws IOException {
        bundleFile("index.html", "<script type=\"module\" src=\"./VAADIN/build/indexhtml-AbCd1234.js\"></script>");
        buildFile("indexhtml-AbCd1234.js", "import(\"./gone-Gone1234.js\");import(\"./here-Here1234.js\")");
        buildFile("here-Here1234.js", "export const a=1;");

        assertThat(preloads().read()).containsExactly("./VAADIN/build/here-Here1234.js");
    }

    private BundleModulePreloads preloads() {
        try {
            return new BundleModulePreloads(
                    new URLClassLoader(new URL[] {classpath.toUri().toURL()}, null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void buildFile(String name, String content) throws IOException {
        bundleFile(BundleModulePreloads.BUILD + name, content);
    }

    private void bundleFile(String name, String content) throws IOException {
        Path file = classpath.resolve(BundleModulePreloads.BUNDLE + name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
