package dev.scimme.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimme.icons.AppIcon;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a browser gets for the page of a route and for the stylesheets and scripts it names: text
 * compressed when it accepts gzip (not UIDL, which carries an unmasked secret), content-hashed assets
 * kept for a year, the page never kept. (The
 * tests run in development mode, which serves Vaadin's pre-compiled development bundle: same server,
 * same headers as the production jar's bundle.)
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"auth.asgardeo.issuer=http://127.0.0.1:9/oauth2/token", "auth.asgardeo.id=delivery-test"})
class AssetDeliveryTest {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"\\.?(/[^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_page_and_the_lumo_stylesheet_arrive_gzipped_when_the_browser_accepts_gzip() throws Exception {
        HttpResponse<byte[]> page = get("/", "gzip");
        String html = gunzipped(page);
        HttpResponse<byte[]> lumo = get(assetMatching(html, "lumo.css"), "gzip");

        assertThat(page.headers().firstValue("Content-Encoding")).as("the page").hasValue("gzip");
        assertThat(lumo.headers().firstValue("Content-Encoding")).as("lumo.css").hasValue("gzip");
        assertThat(gunzipped(lumo)).contains("--lumo-");
    }

    @Test
    void the_compressed_page_carries_its_csrf_token_masked_afresh_for_every_response() throws Exception {
        // BREACH: a compressed response's length tells an eavesdropper whether a guess matched a secret
        // in it, over many responses; a secret that changes with every response gives nothing to match.
        String first = csrfToken(gunzipped(get("/", "gzip")));
        String second = csrfToken(gunzipped(get("/", "gzip")));

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void a_uidl_answer_is_not_compressed_as_it_carries_the_ui_security_key() throws Exception {
        HttpResponse<byte[]> init = get("/?v-r=init&location=", "gzip");

        assertThat(new String(init.body(), StandardCharsets.UTF_8)).contains("Vaadin-Security-Key");
        assertThat(init.body().length)
                .as("above the size compression starts at")
                .isGreaterThan(1024);
        assertThat(init.headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void a_browser_that_accepts_no_compression_gets_the_stylesheet_as_plain_text() throws Exception {
        String html = new String(get("/", "identity").body(), StandardCharsets.UTF_8);
        HttpResponse<byte[]> lumo = get(assetMatching(html, "lumo.css"), "identity");

        assertThat(lumo.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(lumo.body(), StandardCharsets.UTF_8)).contains("--lumo-");
    }

    @Test
    void content_hashed_assets_are_kept_for_a_year_and_the_page_is_never_kept() throws Exception {
        HttpResponse<byte[]> page = get("/", "identity");
        String html = new String(page.body(), StandardCharsets.UTF_8);
        // The production page addresses Lumo with its content version; the development page does not.
        HttpResponse<byte[]> lumo =
                get(assetMatching(html, "lumo.css").replaceAll("\\?.*", "") + "?v-c=1a2b3c4d", "identity");
        HttpResponse<byte[]> build = get(assetMatching(html, "/VAADIN/build/"), "identity");

        assertThat(page.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(lumo.statusCode()).isEqualTo(200);
        assertThat(lumo.headers().firstValue("Cache-Control")).hasValue(ImmutableAssetCaching.IMMUTABLE);
        assertThat(build.statusCode()).isEqualTo(200);
        assertThat(build.headers().firstValue("Cache-Control")).hasValue(ImmutableAssetCaching.IMMUTABLE);
    }

    @Test
    void content_hashed_assets_carry_no_pragma_or_expires_that_would_make_chromium_ask_again_on_every_load()
            throws Exception {
        HttpResponse<byte[]> page = get("/", "identity");
        String html = new String(page.body(), StandardCharsets.UTF_8);
        HttpResponse<byte[]> build = get(assetMatching(html, "/VAADIN/build/"), "identity");

        assertThat(build.headers().firstValue("Cache-Control")).hasValue(ImmutableAssetCaching.IMMUTABLE);
        assertThat(build.headers().allValues("Pragma")).isEmpty();
        assertThat(build.headers().allValues("Expires")).isEmpty();
        assertThat(page.headers().firstValue("Pragma")).hasValue("no-cache");
    }

    @Test
    void the_icon_sprite_is_addressed_by_its_content_and_kept_for_a_year() throws Exception {
        String src = AppIcon.HOME.create().getSrc();
        HttpResponse<byte[]> sprite = get("/" + src.replaceAll("#.*", ""), "identity");

        assertThat(src).matches("icons/app-icons\\.svg\\?v-c=[0-9a-f]{8}");
        assertThat(sprite.statusCode()).isEqualTo(200);
        assertThat(new String(sprite.body(), StandardCharsets.UTF_8)).contains("<symbol id=\"home\"");
        assertThat(sprite.headers().firstValue("Cache-Control")).hasValue(ImmutableAssetCaching.IMMUTABLE);
        assertThat(sprite.headers().allValues("Pragma")).isEmpty();
    }

    @Test
    void a_missing_build_file_is_not_cached() throws Exception {
        HttpResponse<byte[]> missing = get("/VAADIN/build/nothing-AbCdEf12.js", "identity");

        assertThat(missing.statusCode()).isNotEqualTo(200);
        assertThat(missing.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).doesNotContain("immutable"));
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Accept", "text/html,application/xhtml+xml,*/*")
                        .header("Accept-Encoding", acceptEncoding)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String assetMatching(String html, String part) {
        Matcher assets = ASSET.matcher(html);
        while (assets.find()) {
            String url = assets.group(1);
            if (url.contains(part)) {
                return url;
            }
        }
        throw new AssertionError("no asset with " + part + " in the page: " + html);
    }

    private static String csrfToken(String html) {
        Matcher token = CSRF_META.matcher(html);
        assertThat(token.find()).as("a _csrf meta element in the page").isTrue();
        return token.group(1);
    }

    private static String gunzipped(HttpResponse<byte[]> response) throws IOException {
        if (!response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
            return new String(response.body(), StandardCharsets.UTF_8);
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
