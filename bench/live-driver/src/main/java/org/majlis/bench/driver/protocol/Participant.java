package org.majlis.bench.driver.protocol;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One simulated person with one browser tab, speaking Vaadin Flow 25's protocol as its client does.
 *
 * <p>Steps: {@link #signIn} posts the sign-in form and keeps the session cookie; {@link #open} asks for a UI
 * ({@code v-r=init}), connects the push websocket, and navigates ({@code ui-navigate}) so the view attaches;
 * {@link #click} sends a click event the way {@code vaadin-button} does; {@link #close} sends the unload beacon,
 * closes the websocket and may sign out. Every server message, from an HTTP response or the websocket, goes
 * through one place: its {@code syncId} is checked ({@link SyncTracker}), its changes applied to the
 * {@link NodeTree}, and the watched attribute changes handed to the {@link Listener} with the time of arrival.
 * One RPC at a time, as the real client queues them.
 */
public final class Participant {

    /** Told about every watched attribute change, on the thread that received it. */
    public interface Listener {
        void attributeChanged(Participant who, NodeTree.AttributeChange change, long receivedNanos, boolean push);
    }

    /** {@code LIVE_DRIVER_DEBUG=1} prints every message received (for finding out what the app sends). */
    private static final boolean DEBUG = System.getenv("LIVE_DRIVER_DEBUG") != null;
    private static final boolean FULL = "full".equals(System.getenv("LIVE_DRIVER_DEBUG"));
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);
    private static final String JSON_TYPE = "application/json; charset=UTF-8";

    private final Transport transport;
    private final String name;
    private final NodeTree tree;
    private final Listener listener;
    private final SyncTracker sync = new SyncTracker();
    private final ReentrantLock rpc = new ReentrantLock();
    private final Object applyLock = new Object();
    private final AtomicLong pushBytes = new AtomicLong();
    private final AtomicLong pushMessages = new AtomicLong();
    private final AtomicLong resyncs = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private volatile String cookie;
    private volatile int uiId = -1;
    private volatile String csrfToken;
    private volatile String pushId;
    private volatile WebSocket webSocket;
    private volatile boolean closing;
    private volatile String lastError;
    private long nextClientId;
    private volatile long heartbeatIntervalNanos = -1;
    private volatile long nextHeartbeatNanos = Long.MAX_VALUE;

    public Participant(Transport transport, String name, Set<String> watchedKeys, boolean trackChildren,
                       Listener listener) {
        this(transport, name, new NodeTree(watchedKeys, trackChildren), listener);
    }

    public Participant(Transport transport, String name, NodeTree tree, Listener listener) {
        this.transport = transport;
        this.name = name;
        this.tree = tree;
        this.listener = listener;
    }

    public String name() {
        return name;
    }

    /** The session cookie ({@code JSESSIONID=…}) after {@link #signIn}, e.g. to hand the session to a browser. */
    public String cookie() {
        return cookie;
    }

    /** Posts the sign-in form (no CSRF token needed for Vaadin's login view); success is a 302 to the app's root. */
    public void signIn(String username, String password) throws IOException, InterruptedException {
        var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(transport.resolve("login"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        var response = transport.client().send(request, HttpResponse.BodyHandlers.discarding());
        var location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error") || location.contains("login")) {
            throw new ProtocolException(name + ": sign-in as " + username + " refused (" + response.statusCode()
                    + " → " + location + ")");
        }
        cookie = sessionCookie(response).orElseThrow(() -> new ProtocolException(name + ": no session cookie"));
    }

    /**
     * Opens a route (e.g. {@code rooms/12?tab=floor}) in a new UI: bootstrap, push websocket, navigation. Returns
     * when the view is attached (the navigation's response applied) and the websocket is open.
     */
    public void open(String route) throws IOException, InterruptedException {
        var path = route.contains("?") ? route.substring(0, route.indexOf('?')) : route;
        var query = route.contains("?") ? route.substring(route.indexOf('?') + 1) : "";
        var init = get("?v-r=init&location=" + enc(path) + "&query=" + enc(query) + BrowserDetails.QUERY);
        var appConfig = init.path("appConfig");
        uiId = appConfig.path("v-uiId").asInt(-1);
        var uidl = appConfig.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asString(null);
        pushId = uidl.path("Vaadin-Push-ID").asString(null);
        if (uiId < 0 || csrfToken == null || pushId == null) {
            throw new ProtocolException(name + ": bootstrap without UI id, security key or push id");
        }
        synchronized (applyLock) {
            nextClientId = uidl.path("clientId").asLong(0);
        }
        int heartbeatSeconds = appConfig.path("heartbeatInterval").asInt(300);
        if (heartbeatSeconds > 0) {
            heartbeatIntervalNanos = Heartbeats.nanos(heartbeatSeconds);
            nextHeartbeatNanos = System.nanoTime() + heartbeatIntervalNanos;
            Heartbeats.add(this);
        }
        receive(uidl, System.nanoTime(), false);
        connectPush();
        var data = new LinkedHashMap<String, Object>();
        data.put("route", path);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.put("historyState", Map.of("idx", 0));
        data.put("trigger", "");
        send(List.of(event(1, "ui-navigate", data)), false);
    }

    private void connectPush() throws InterruptedException {
        var uri = transport.websocket("VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + enc(pushId)
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=" + enc(JSON_TYPE) + "&X-atmo-protocol=true");
        try {
            webSocket = transport.client().newWebSocketBuilder()
                    .header("Cookie", cookie)
                    .connectTimeout(Duration.ofSeconds(60))
                    .buildAsync(uri, new PushListener())
                    .get(120, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new ProtocolException(name + ": push websocket refused", e);
        }
    }

    boolean heartbeatDue(long nowNanos) {
        return !closing && nowNanos >= nextHeartbeatNanos;
    }

    /** Tells the server the tab is still open ({@code v-r=heartbeat}, an empty POST). */
    void heartbeat() {
        nextHeartbeatNanos = System.nanoTime() + heartbeatIntervalNanos;
        try {
            var request = HttpRequest.newBuilder(transport.resolve("?v-r=heartbeat&v-uiId=" + uiId))
                    .timeout(REQUEST_TIMEOUT).header("Cookie", cookie)
                    .header("Content-Type", "text/plain;charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.noBody()).build();
            var response = transport.client().send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                noteError("heartbeat → " + response.statusCode());
            }
        } catch (Exception e) {
            if (!closing) {
                noteError("heartbeat: " + e);
            }
        }
    }

    /** The node of the element with this id in this UI, or -1. */
    public int nodeOf(String elementId) {
        synchronized (applyLock) {
            return tree.nodeOf(elementId);
        }
    }

    /** An attribute of the element with this id, or null. */
    public String attributeOf(String elementId, String key) {
        synchronized (applyLock) {
            int node = tree.nodeOf(elementId);
            return node < 0 ? null : tree.attribute(node, key);
        }
    }

    /** Reads the tree under the participant's lock (the push thread may be applying a message). */
    public <T> T read(java.util.function.Function<NodeTree, T> reader) {
        synchronized (applyLock) {
            return reader.apply(tree);
        }
    }

    /**
     * Clicks the element with this id: one {@code event} RPC with the data the element's click listener asks for.
     * Returns when the HTTP response has been applied.
     *
     * @throws ProtocolException if the element or its click listener is not in this UI
     */
    public void click(String elementId) throws IOException, InterruptedException {
        int node;
        synchronized (applyLock) {
            node = tree.nodeOf(elementId);
        }
        if (node < 0) {
            throw new ProtocolException(name + ": no #" + elementId);
        }
        clickNode(node);
    }

    /** Clicks an element by its node (for elements without an id). */
    public void clickNode(int node) throws IOException, InterruptedException {
        Map<String, Object> data;
        synchronized (applyLock) {
            data = tree.clickData(node);
        }
        if (data == null) {
            throw new ProtocolException(name + ": node " + node + " has no click listener");
        }
        send(List.of(event(node, "click", data)), false);
    }

    /**
     * Selects a tab of the page's first tab bar (the node that listens to {@code selected-changed}), as the browser
     * does when the user clicks a tab: the synchronised {@code selected} property and the event. For apps whose
     * room page cannot open a tab from its address.
     */
    public void selectTab(int index) throws IOException, InterruptedException {
        int tabs;
        synchronized (applyLock) {
            tabs = tree.selectableNodes().stream().findFirst().orElse(-1);
        }
        if (tabs < 0) {
            throw new ProtocolException(name + ": no tab bar");
        }
        var sync = new LinkedHashMap<String, Object>();
        sync.put("type", "mSync");
        sync.put("node", tabs);
        sync.put("feature", 1);
        sync.put("property", "selected");
        sync.put("value", index);
        send(List.of(sync, event(tabs, "selected-changed", Map.of())), false);
    }

    /**
     * Types a value into the field with this id as the browser reports it: the synchronised {@code value}
     * property followed by the field's {@code change} event.
     */
    public void setValue(String elementId, Object value) throws IOException, InterruptedException {
        int node = nodeOf(elementId);
        if (node < 0) {
            throw new ProtocolException(name + ": no #" + elementId);
        }
        var sync = new LinkedHashMap<String, Object>();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.put("value", value);
        send(List.of(sync, event(node, "change", Map.of())), false);
    }

    /** Asks the server for the whole UI state again (after a lost message), as Vaadin's client does. */
    public void resynchronize() throws IOException, InterruptedException {
        resyncs.incrementAndGet();
        send(List.of(), true);
    }

    /**
     * Leaves. With {@code signOut}, clicks the page's "Sign out" ({@code #sign-out}) as a user would: the server
     * ends the session, which removes its UIs ({@code POST /logout} itself wants Spring's CSRF token, which only the
     * HTML page carries). Otherwise sends the unload beacon ({@code UNLOAD}) a closing tab sends, so the server
     * drops the UI at once. Then closes the websocket.
     */
    public void close(boolean signOut) {
        closing = true;
        Heartbeats.remove(this);
        boolean signedOut = false;
        if (signOut && uiId >= 0 && nodeOf("sign-out") >= 0) {
            try {
                click("sign-out");
                signedOut = true;
            } catch (Exception e) {
                noteError("sign out: " + e);
            }
        }
        if (!signedOut && uiId >= 0) {
            try {
                var body = new LinkedHashMap<String, Object>();
                body.put("csrfToken", csrfToken);
                body.put("rpc", List.of());
                synchronized (applyLock) {
                    body.put("syncId", sync.lastInOrder());
                    body.put("clientId", nextClientId);
                }
                body.put("UNLOAD", true);
                post("?v-r=uidl&v-uiId=" + uiId, Uidl.JSON.writeValueAsString(body));
            } catch (Exception e) {
                // a tab that closes does not wait for an answer either
            }
        }
        var ws = webSocket;
        if (ws != null) {
            try {
                ws.sendClose(WebSocket.NORMAL_CLOSURE, "").get(2, TimeUnit.SECONDS);
            } catch (Exception e) {
                // the server may already have closed it (sign-out)
            }
            ws.abort();
        }
    }

    /**
     * Gives up on a gap in the syncIds that stayed open longer than {@code timeoutNanos} (Vaadin's client waits
     * {@code maxMessageSuspendTimeout}, 5 s) and resynchronises; returns how many messages were lost.
     */
    public long checkLost(long nowNanos, long timeoutNanos) {
        long lost = sync.giveUpIfOverdue(nowNanos, timeoutNanos);
        if (lost > 0 && !closing) {
            Thread.ofVirtual().start(() -> {
                try {
                    resynchronize();
                } catch (Exception e) {
                    noteError("resynchronize: " + e);
                }
            });
        }
        return lost;
    }

    private void send(List<Map<String, Object>> invocations, boolean resynchronize)
            throws IOException, InterruptedException {
        rpc.lock();
        try {
            var body = new LinkedHashMap<String, Object>();
            body.put("csrfToken", csrfToken);
            body.put("rpc", invocations);
            long clientId;
            synchronized (applyLock) {
                body.put("syncId", sync.lastInOrder());
                clientId = nextClientId;
            }
            body.put("clientId", clientId);
            if (resynchronize) {
                body.put("resynchronize", true);
            }
            var text = post("?v-r=uidl&v-uiId=" + uiId, Uidl.JSON.writeValueAsString(body));
            var message = Uidl.fromHttpResponse(text);
            synchronized (applyLock) {
                nextClientId = message.has("clientId") ? message.get("clientId").asLong() : clientId + 1;
                if (resynchronize && message.has("syncId")) {
                    sync.resetTo(Uidl.syncId(message) - 1);
                }
            }
            receive(message, System.nanoTime(), false, resynchronize);
        } finally {
            rpc.unlock();
        }
    }

    private void receive(JsonNode message, long receivedNanos, boolean push) {
        receive(message, receivedNanos, push, false);
    }

    /**
     * Applies one server message. A {@code resynchronize} in it is expected when the participant asked for one;
     * {@code sessionExpired} is expected once it signed out.
     */
    private void receive(JsonNode message, long receivedNanos, boolean push, boolean resynchronizing) {
        if (DEBUG) {
            var text = message.toString();
            System.err.println("[" + name + (push ? " push " : " http ") + text.length() + "] "
                    + (text.length() > 3000 && !FULL ? text.substring(0, 3000) + "…" : text));
        }
        List<NodeTree.AttributeChange> changes;
        synchronized (applyLock) {
            long syncId = Uidl.syncId(message);
            if (syncId >= 0) {
                sync.arrived(syncId, receivedNanos);
            }
            if (Uidl.asksToResynchronize(message) && !resynchronizing) {
                noteError("server asked to resynchronize");
            }
            if (message.path("meta").path("sessionExpired").asBoolean(false) && !closing) {
                noteError("session expired");
            }
            changes = tree.apply(message);
        }
        for (var change : changes) {
            listener.attributeChanged(this, change, receivedNanos, push);
        }
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(transport.resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Cookie", cookie).GET().build();
        var response = transport.client().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new ProtocolException(name + ": GET " + path + " → " + response.statusCode());
        }
        return Uidl.JSON.readTree(response.body());
    }

    private String post(String path, String json) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(transport.resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Cookie", cookie).header("Content-Type", JSON_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        var response = transport.client().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new ProtocolException(name + ": POST " + path + " → " + response.statusCode());
        }
        return response.body();
    }

    private static Map<String, Object> event(int node, String event, Map<String, Object> data) {
        var invocation = new LinkedHashMap<String, Object>();
        invocation.put("type", "event");
        invocation.put("node", node);
        invocation.put("event", event);
        invocation.put("data", data);
        return invocation;
    }

    private static java.util.Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("JSESSIONID="))
                .map(header -> header.substring(0, header.indexOf(';') < 0 ? header.length() : header.indexOf(';')))
                .findFirst();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private void noteError(String what) {
        errors.incrementAndGet();
        lastError = what;
    }

    public long pushBytes() {
        return pushBytes.get();
    }

    public long pushMessages() {
        return pushMessages.get();
    }

    /** syncIds given up as lost so far. */
    public long lost() {
        return sync.lost();
    }

    /** syncIds given up as lost that arrived after all. */
    public long late() {
        return sync.late();
    }

    public long duplicates() {
        return sync.duplicates();
    }

    public long resyncs() {
        return resyncs.get();
    }

    public long errors() {
        return errors.get();
    }

    public String lastError() {
        return lastError;
    }

    public boolean pushOpen() {
        var ws = webSocket;
        return ws != null && !ws.isInputClosed();
    }

    /** Receives the push stream: splits it into messages and hands each one to {@link #receive}. */
    private final class PushListener implements WebSocket.Listener {

        private final PushFrames frames = new PushFrames();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            long now = System.nanoTime();
            if (DEBUG) {
                System.err.println("[" + name + " frame " + data.length() + (last ? "" : " +") + "] "
                        + (data.length() > 200 ? data.subSequence(0, 200) + "…" : data));
            }
            pushBytes.addAndGet(Uidl.utf8Length(data));
            try {
                for (var payload : frames.add(data)) {
                    if (Uidl.isMessage(payload)) {
                        pushMessages.incrementAndGet();
                        receive(Uidl.JSON.readTree(payload), now, true);
                    }
                }
            } catch (RuntimeException e) {
                noteError("push: " + e);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            if (!closing) {
                noteError("push closed by the server: " + statusCode + " " + reason);
            }
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            if (!closing) {
                noteError("push failed: " + error);
            }
        }
    }

    @Override
    public String toString() {
        return name + "(ui " + uiId + ")";
    }
}
