package dev.scimme.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser at HTTP level: its own cookies per host, the real sign-in (app → IdP form with CSRF →
 * callback → app session, PKCE done by the app), then the requests Vaadin 25's client sends to show
 * a route, as captured from Chromium: the bootstrap page, {@code GET /?v-r=init}, the push WebSocket
 * ({@code /VAADIN/push}, Atmosphere) and the first UIDL request with the {@code ui-navigate} event.
 */
final class HttpUser {

    static final String PROFILE_EMAIL = "demo@example.com";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\"\\s*:\\s*\"([^\"]+)\"");
    /** A UIDL change that sets the UI's push mode to DISABLED (the {@code pushMode} key of its push configuration). */
    private static final Pattern PUSH_DISABLED =
            Pattern.compile("\"key\"\\s*:\\s*\"pushMode\"[^}]*\"value\"\\s*:\\s*\"DISABLED\"");

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final String BROWSER_DETAILS = "&v-sh=900&v-sw=1280&v-wh=900&v-ww=1280&v-bh=900&v-bw=1280"
            + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light"
            + "&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=GRANTED&v-wla=SUPPORTED&v-ws=false";

    private final HttpClient http;
    private final ProductionApp app;
    private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();
    private int windowNumber;

    HttpUser(HttpClient http, ProductionApp app) {
        this.http = http;
        this.app = app;
    }

    static HttpClient sharedClient() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * Opens {@code path} signed out, signs in at the IdP as demo/demo, and returns the app page it lands on.
     * A page that carries its UI (pageload.InPageRendering) is then left, as a browser leaves it (the unload
     * beacon): the figures start their users' UIs themselves, and none stays behind unseen.
     */
    String signIn(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = follow(app.url(path));
        Matcher csrf = CSRF_FIELD.matcher(response.body());
        if (!csrf.find()) {
            throw new IllegalStateException("expected the IdP's sign-in form, got " + response.uri());
        }
        URI login = response.uri().resolve("/login");
        HttpResponse<String> posted = send(
                HttpRequest.newBuilder(login)
                        .header("Accept", "text/html")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=demo&password=demo&_csrf="
                                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))),
                login);
        HttpResponse<String> landed = posted.statusCode() / 100 == 3 ? follow(redirectTarget(posted)) : posted;
        if (landed.statusCode() != 200 || !landed.uri().getPath().equals(path)) {
            throw new IllegalStateException("sign-in ended at " + landed.uri() + " (" + landed.statusCode() + ")");
        }
        Optional<Ui> inPage = uiInPage(path.substring(1), landed.body());
        if (inPage.isPresent()) {
            inPage.get().unload();
        }
        return landed.body();
    }

    /** A full page load of {@code route} (no leading slash) up to the UIDL that shows it. */
    Ui open(String route) throws IOException, InterruptedException {
        HttpResponse<String> page = follow(app.url("/" + route));
        if (page.statusCode() != 200) {
            throw new IllegalStateException("GET /" + route + " answered " + page.statusCode());
        }
        Optional<Ui> inPage = uiInPage(route, page.body());
        return inPage.isPresent() ? inPage.get() : init(route);
    }

    /** The UI that a page built while it was requested (its initial UIDL is in the page), as Flow's client takes it. */
    private Optional<Ui> uiInPage(String route, String page) {
        Matcher key = SECURITY_KEY.matcher(page);
        Matcher push = PUSH_ID.matcher(page);
        Matcher uiId = UI_ID.matcher(page);
        if (!key.find() || !push.find() || !uiId.find()) {
            return Optional.empty();
        }
        return Optional.of(new Ui(route, Integer.parseInt(uiId.group(1)), key.group(1), push.group(1)));
    }

    /** Vaadin's {@code v-r=init}: creates the UI and returns its keys. */
    Ui init(String route) throws IOException, InterruptedException {
        String url = app.url("/?v-r=init&location=" + route + "&query=&v-curdate=" + System.currentTimeMillis()
                + "&v-wn=v-bench-" + windowNumber++ + BROWSER_DETAILS);
        HttpResponse<String> init = send(
                HttpRequest.newBuilder(URI.create(url)).header("Accept", "*/*").GET(), URI.create(url));
        String body = init.body();
        Matcher key = SECURITY_KEY.matcher(body);
        Matcher push = PUSH_ID.matcher(body);
        Matcher uiId = UI_ID.matcher(body);
        if (init.statusCode() != 200 || !key.find() || !push.find() || !uiId.find()) {
            throw new IllegalStateException("unexpected init answer " + init.statusCode() + ": "
                    + body.substring(0, Math.min(300, body.length())));
        }
        return new Ui(route, Integer.parseInt(uiId.group(1)), key.group(1), push.group(1));
    }

    /** The UI of one window, as the browser's Flow client tracks it. */
    final class Ui {
        final String route;
        final int uiId;
        final String csrfToken;
        final String pushId;
        private int syncId;
        private int clientId;
        private int navigations;
        private final StringBuffer pushed = new StringBuffer();
        private final CompletableFuture<String> pushedProfile = new CompletableFuture<>();
        private WebSocket socket;

        Ui(String route, int uiId, String csrfToken, String pushId) {
            this.route = route;
            this.uiId = uiId;
            this.csrfToken = csrfToken;
            this.pushId = pushId;
        }

        /** The first UIDL request: Flow's client asks the server to navigate to the route. Returns the UIDL answer. */
        String navigate() throws IOException, InterruptedException {
            return navigate(route);
        }

        /**
         * A navigation inside this UI (a click on a RouterLink): the same {@code ui-navigate} event with another
         * route. As Flow's client does, a push connection is closed when the answer turns push off for the UI.
         */
        String navigate(String target) throws IOException, InterruptedException {
            String answer = uidl("[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"/"
                    + target + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":"
                    + navigations++ + "},\"trigger\":\"\"}}]");
            if (socket != null && PUSH_DISABLED.matcher(answer).find()) {
                closePushAsClientDoes();
            }
            return answer;
        }

        String uidl(String rpc) throws IOException, InterruptedException {
            String body = "{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":" + rpc + ",\"syncId\":" + syncId
                    + ",\"clientId\":" + clientId++ + "}";
            URI uri = URI.create(app.url("/?v-r=uidl&v-uiId=" + uiId));
            HttpResponse<String> response = send(
                    HttpRequest.newBuilder(uri)
                            .header("Content-Type", "application/json; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(body)),
                    uri);
            if (response.statusCode() != 200
                    || !(response.body().startsWith("{") || response.body().startsWith("for(;;);"))) {
                throw new IllegalStateException("UIDL answered " + response.statusCode() + ": "
                        + response.body()
                                .substring(0, Math.min(400, response.body().length())));
            }
            Matcher sync = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)").matcher(response.body());
            if (sync.find()) {
                syncId = Integer.parseInt(sync.group(1));
            }
            return response.body();
        }

        /** What the Flow client sends when its tab closes (a beacon with {@code UNLOAD}): the server closes the UI. */
        void unload() throws IOException, InterruptedException {
            closePush();
            String body = "{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":[],\"syncId\":" + syncId + ",\"clientId\":"
                    + clientId++ + ",\"UNLOAD\":true}";
            URI uri = URI.create(app.url("/?v-r=uidl&v-uiId=" + uiId));
            send(
                    HttpRequest.newBuilder(uri)
                            .header("Content-Type", "text/plain;charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(body)),
                    uri);
        }

        /** Opens the push WebSocket as Flow's client does and returns once Atmosphere has answered its handshake. */
        void connectPush() throws Exception {
            String url = "ws://127.0.0.1:" + app.port + "/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                    + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                    + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8"
                    + "&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=" + syncId;
            CompletableFuture<Void> handshake = new CompletableFuture<>();
            socket = http.newWebSocketBuilder()
                    .header("Cookie", cookieHeader(URI.create(app.url("/"))))
                    .header("Origin", app.url(""))
                    .connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create(url), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                            pushed.append(data);
                            handshake.complete(null);
                            if (pushed.indexOf(PROFILE_EMAIL) >= 0) {
                                pushedProfile.complete(pushed.toString());
                            }
                            webSocket.request(1);
                            return null;
                        }
                    })
                    .get(10, java.util.concurrent.TimeUnit.SECONDS);
            handshake.get(10, java.util.concurrent.TimeUnit.SECONDS);
        }

        /** Completes when a push message carrying the profile has arrived. */
        CompletableFuture<String> pushedProfile() {
            return pushedProfile;
        }

        void closePush() {
            if (socket != null) {
                socket.abort();
            }
        }

        /** Whether this UI's push WebSocket is open (connected and not closed by either side). */
        boolean pushOpen() {
            return socket != null && !socket.isInputClosed();
        }

        /** Flow's client, told that push is off: a normal WebSocket close, which Tomcat answers. */
        private void closePushAsClientDoes() {
            try {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("could not close the push WebSocket", e);
            }
            socket = null;
        }
    }

    private HttpResponse<String> follow(String url) throws IOException, InterruptedException {
        URI uri = URI.create(url);
        for (int hops = 0; hops < 15; hops++) {
            HttpResponse<String> response = send(
                    HttpRequest.newBuilder(uri)
                            .header("Accept", "text/html,application/xhtml+xml")
                            .GET(),
                    uri);
            if (response.statusCode() / 100 != 3) {
                return response;
            }
            uri = URI.create(redirectTarget(response));
        }
        throw new IllegalStateException("too many redirects from " + url);
    }

    private static String redirectTarget(HttpResponse<String> response) {
        String location = response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("redirect without Location from " + response.uri()));
        return response.uri().resolve(location).toString();
    }

    private HttpResponse<String> send(HttpRequest.Builder builder, URI uri) throws IOException, InterruptedException {
        String cookie = cookieHeader(uri);
        if (!cookie.isEmpty()) {
            builder.header("Cookie", cookie);
        }
        HttpResponse<String> response =
                http.send(builder.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        Map<String, String> jar = cookies.computeIfAbsent(origin(uri), key -> new LinkedHashMap<>());
        response.headers().allValues("Set-Cookie").forEach(header -> {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            jar.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        });
        return response;
    }

    private String cookieHeader(URI uri) {
        return cookies.getOrDefault(origin(uri), Map.of()).entrySet().stream()
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    /** Browsers share cookies across the ports of a host; the app (127.0.0.1) and the IdP (localhost) differ by host. */
    private static String origin(URI uri) {
        return uri.getHost();
    }
}
