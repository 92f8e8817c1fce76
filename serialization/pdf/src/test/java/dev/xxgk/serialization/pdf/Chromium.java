package dev.xxgk.serialization.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One headless Chromium that prints many pages to PDF: started once, driven over the DevTools
 * protocol (the WebSocket client of the JDK), each page loaded from a file and printed with
 * {@code Page.printToPDF}, as {@code --print-to-pdf} prints it. Starting Chromium takes seconds;
 * printing a page a fraction of one.
 */
final class Chromium implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final String session;

    static Optional<Path> binary() {
        return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome").map(Path::of)
                .filter(Files::isExecutable).findFirst();
    }

    Chromium(Path binary) throws Exception {
        profile = Files.createTempDirectory("xxgk-chromium-");
        process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path port = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!(Files.exists(port) && Files.readAllLines(port).size() >= 2)) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                close();
                throw new IOException("Chromium did not open its DevTools port");
            }
            Thread.sleep(50);
        }
        var lines = Files.readAllLines(port);
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + lines.get(0) + lines.get(1)), new Listener())
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        String target = call(null, "Target.createTarget", JSON.createObjectNode().put("url", "about:blank"))
                .get("targetId").asString();
        session = call(null, "Target.attachToTarget", JSON.createObjectNode().put("targetId", target).put("flatten", true))
                .get("sessionId").asString();
    }

    /** Prints the page of the file, A4 as its CSS asks, without headers and footers. */
    byte[] print(Path html) {
        call(session, "Page.navigate", JSON.createObjectNode().put("url", html.toUri().toString()));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!"complete".equals(call(session, "Runtime.evaluate",
                JSON.createObjectNode().put("expression", "document.readyState")).get("result").get("value").asString())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Chromium did not load " + html);
            }
        }
        JsonNode printed = call(session, "Page.printToPDF", JSON.createObjectNode().put("preferCSSPageSize", true)
                .put("displayHeaderFooter", false).put("printBackground", false));
        return Base64.getDecoder().decode(printed.get("data").asString());
    }

    private JsonNode call(String sessionId, String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(message.toString(), true).join();
        try {
            JsonNode reply = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new IllegalStateException(method + ": " + reply.get("error"));
            }
            return reply.get("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(method + " got no answer", e);
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                JsonNode message = JSON.readTree(text.toString());
                text.setLength(0);
                if (message.has("id")) {
                    CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
                    if (answer != null) {
                        answer.complete(message);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
