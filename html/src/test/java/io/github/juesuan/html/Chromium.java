package io.github.juesuan.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol with nothing but the JDK's
 * {@link WebSocket} and Jackson: it starts the browser with {@code --remote-debugging-port=0},
 * reads the port it chose from its standard error, attaches to its page, and evaluates JavaScript
 * in it ({@code Runtime.evaluate}), navigates ({@code Page.navigate}) and takes screenshots
 * ({@code Page.captureScreenshot}). {@link #close()} always kills the browser and its children.
 *
 * <p>Chosen over {@code --dump-dom} because the test must click the filters and read the DOM after
 * the scripts ran, and over WebDriver or Playwright because they bring a driver binary and many
 * jars for what three protocol methods do.
 */
final class Chromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on ws://127\\.0\\.0\\.1:(\\d+)/");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private Chromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** The Chromium executable: {@code $CHROMIUM}, else the first of the usual Debian paths that exists. */
    static Optional<Path> find() {
        List<String> candidates = new ArrayList<>();
        String env = System.getenv("CHROMIUM");
        if (env != null && !env.isBlank()) {
            candidates.add(env);
        }
        candidates.addAll(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /**
     * Starts the browser on a blank page.
     *
     * @param executable the browser
     * @return the browser, attached to its page
     * @throws IOException if it does not start or does not answer within 20 s (the browser is killed)
     */
    static Chromium start(Path executable) throws IOException {
        Path profile = Files.createTempDirectory("juesuan-chromium-");
        Process p = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--disable-default-apps", "--mute-audio",
                "--hide-scrollbars", "--window-size=1400,1000", "--remote-debugging-port=0",
                "--remote-allow-origins=*", "--user-data-dir=" + profile, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            CompletableFuture<Integer> port = new CompletableFuture<>();
            StringBuilder log = new StringBuilder();
            Thread drain = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null;) {
                        Matcher m = LISTENING.matcher(line);
                        if (m.find()) {
                            port.complete(Integer.parseInt(m.group(1)));
                        } else if (log.length() < 4000) {
                            log.append(line).append('\n');
                        }
                    }
                } catch (IOException e) {
                    port.completeExceptionally(e);
                }
                port.completeExceptionally(new IOException("chromium exited before listening:\n" + log));
            }, "chromium-stderr");
            drain.setDaemon(true);
            drain.start();
            int devtools = port.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();
            String page = null;
            for (int attempt = 0; attempt < 100 && page == null; attempt++) {
                HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + devtools
                        + "/json/list")).timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString());
                for (JsonNode t : JSON.readTree(list.body())) {
                    if ("page".equals(t.path("type").asText())) {
                        page = t.path("webSocketDebuggerUrl").asText();
                    }
                }
                if (page == null) {
                    Thread.sleep(100);
                }
            }
            if (page == null) {
                throw new IOException("chromium shows no page target on port " + devtools);
            }
            Listener listener = new Listener();
            WebSocket ws = http.newWebSocketBuilder().connectTimeout(WAIT).buildAsync(URI.create(page), listener)
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            Chromium c = new Chromium(p, profile, ws);
            listener.owner = c;
            return c;
        } catch (Exception e) {
            kill(p);
            deleteTree(profile);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw e instanceof IOException io ? io : new IOException("chromium did not start: " + e, e);
        }
    }

    /** Collects the frames of each message and completes the call it answers. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();
        private volatile Chromium owner;

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String message = text.toString();
                text.setLength(0);
                try {
                    JsonNode node = JSON.readTree(message);
                    if (node.has("id") && owner != null) {
                        CompletableFuture<JsonNode> f = owner.pending.remove(node.get("id").asInt());
                        if (f != null) {
                            f.complete(node);
                        }
                    }
                } catch (IOException e) {
                    // an event we cannot parse is no answer to a call
                }
            }
            ws.request(1);
            return null;
        }
    }

    /** Calls a protocol method and waits for its result; an error answer throws. */
    JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        msg.set("params", params == null ? JSON.createObjectNode() : params);
        socket.sendText(JSON.writeValueAsString(msg), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        JsonNode node = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (node.has("error")) {
            throw new IllegalStateException(method + " failed: " + node.get("error"));
        }
        return node.get("result");
    }

    /** Evaluates an expression in the page and returns its value (JSON), throwing the page's exception if any. */
    JsonNode eval(String expression) throws Exception {
        ObjectNode params = JSON.createObjectNode().put("expression", expression).put("returnByValue", true)
                .put("awaitPromise", true);
        JsonNode r = call("Runtime.evaluate", params);
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("the page threw on " + expression + ": " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** Evaluates an expression that returns {@code JSON.stringify(...)} and parses it. */
    JsonNode evalJson(String expression) throws Exception {
        return JSON.readTree(eval(expression).asText());
    }

    /** Loads a file and waits until the document is complete. */
    void open(Path file) throws Exception {
        String url = file.toUri().toString();
        call("Page.navigate", JSON.createObjectNode().put("url", url));
        for (int i = 0; i < 200; i++) {
            JsonNode state = eval("document.readyState + ' ' + location.href");
            if (state.asText().equals("complete " + url)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("page " + url + " did not load: " + eval("document.readyState + ' ' + location.href"));
    }

    /** Saves a PNG of the viewport. */
    void screenshot(Path png) throws Exception {
        JsonNode r = call("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, Base64.getDecoder().decode(r.get("data").asText()));
    }

    @Override
    public void close() {
        socket.abort();
        kill(process);
        deleteTree(profile);
    }

    private static void kill(Process p) {
        List<ProcessHandle> children = p.descendants().toList();
        p.destroy();
        try {
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is no failure of the test
        }
    }
}
