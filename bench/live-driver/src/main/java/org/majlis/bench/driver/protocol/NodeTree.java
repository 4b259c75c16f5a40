package org.majlis.bench.driver.protocol;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of one UI's state tree the driver needs, kept up to date from the {@code changes} of server messages.
 *
 * <p>Flow describes the DOM as nodes with features: feat 0 element data (tag), feat 2 the element's children
 * ({@code splice} with {@code index}, {@code remove}, {@code addNodes}; {@code clear}), feat 3 its attributes
 * ({@code put}/{@code remove} with {@code key} and {@code value}), feat 4 its DOM event listeners (event name →
 * a key into the message's {@code constants}, which list the event data the client must send). The tree keeps
 * only what the scenarios use — attributes with the watched keys ({@code id} always), children if asked for, and
 * click listeners — so that thousands of simulated participants stay cheap. Not thread-safe: a participant applies
 * its messages under its own lock.
 */
public final class NodeTree {

    /** An attribute of a node got a value (or lost it: {@code value == null}). */
    public record AttributeChange(int node, String key, String value) {
    }

    static final int FEAT_CHILDREN = 2;
    static final int FEAT_ATTRIBUTES = 3;
    static final int FEAT_LISTENERS = 4;
    static final int FEAT_CLASSES = 11;

    private final Set<String> watchedKeys;
    private final boolean trackChildren;
    private final Map<Integer, Map<String, String>> attributes = new HashMap<>();
    private final Map<String, Integer> nodeById = new HashMap<>();
    private final Map<Integer, List<Integer>> children = new HashMap<>();
    private final Map<Integer, String> clickListener = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private final java.util.TreeSet<Integer> selectable = new java.util.TreeSet<>();
    private final Set<String> watchedClasses;
    private final Map<String, java.util.TreeSet<Integer>> nodesByClass = new HashMap<>();

    /**
     * @param watchedKeys   attribute keys to keep and report besides {@code id}
     * @param trackChildren whether to keep every element's children (only the chair needs its list of speakers)
     */
    public NodeTree(Set<String> watchedKeys, boolean trackChildren) {
        this(watchedKeys, trackChildren, Set.of());
    }

    /**
     * @param watchedClasses CSS class names whose elements to remember (added classes only; for finding a button
     *                       that has no id, e.g. an agenda row's "open")
     */
    public NodeTree(Set<String> watchedKeys, boolean trackChildren, Set<String> watchedClasses) {
        this.watchedKeys = Set.copyOf(watchedKeys);
        this.trackChildren = trackChildren;
        this.watchedClasses = Set.copyOf(watchedClasses);
    }

    /** Applies one message's {@code constants} and {@code changes}; returns the watched attribute changes in order. */
    public List<AttributeChange> apply(JsonNode message) {
        var constantsNode = message.get("constants");
        if (constantsNode != null && constantsNode.isObject()) {
            constantsNode.forEachEntry(constants::put);
        }
        var changes = message.get("changes");
        if (changes == null || !changes.isArray() || changes.isEmpty()) {
            return List.of();
        }
        List<AttributeChange> reported = new ArrayList<>(2);
        for (JsonNode change : changes) {
            applyOne(change, reported);
        }
        return reported;
    }

    private void applyOne(JsonNode change, List<AttributeChange> reported) {
        int node = change.path("node").asInt(-1);
        String type = change.path("type").asString("");
        int feat = change.path("feat").asInt(-1);
        switch (type) {
            case "detach" -> detach(node);
            case "put" -> {
                if (feat == FEAT_ATTRIBUTES) {
                    putAttribute(node, change.path("key").asString(""), change.get("value"), reported);
                } else if (feat == FEAT_LISTENERS && "click".equals(change.path("key").asString(""))) {
                    clickListener.put(node, change.path("value").asString(""));
                } else if (feat == FEAT_LISTENERS && "selected-changed".equals(change.path("key").asString(""))) {
                    selectable.add(node);
                }
            }
            case "remove" -> {
                if (feat == FEAT_ATTRIBUTES) {
                    removeAttribute(node, change.path("key").asString(""), reported);
                } else if (feat == FEAT_LISTENERS && "click".equals(change.path("key").asString(""))) {
                    clickListener.remove(node);
                }
            }
            case "splice" -> {
                if (feat == FEAT_CHILDREN && trackChildren) {
                    splice(node, change);
                } else if (feat == FEAT_CLASSES && !watchedClasses.isEmpty() && change.has("add")) {
                    change.get("add").forEach(name -> {
                        if (watchedClasses.contains(name.asString())) {
                            nodesByClass.computeIfAbsent(name.asString(), n -> new java.util.TreeSet<>()).add(node);
                        }
                    });
                }
            }
            case "clear" -> {
                if (feat == FEAT_CHILDREN && trackChildren) {
                    children.remove(node);
                }
            }
            default -> {
                // attach and the features the driver does not follow
            }
        }
    }

    private void putAttribute(int node, String key, JsonNode value, List<AttributeChange> reported) {
        if (!key.equals("id") && !watchedKeys.contains(key)) {
            return;
        }
        String text = value == null || value.isNull() ? null : value.asString();
        var old = attributes.computeIfAbsent(node, n -> new HashMap<>(4)).put(key, text);
        if (key.equals("id")) {
            if (old != null) {
                nodeById.remove(old, node);
            }
            if (text != null) {
                nodeById.put(text, node);
            }
        }
        reported.add(new AttributeChange(node, key, text));
    }

    private void removeAttribute(int node, String key, List<AttributeChange> reported) {
        var map = attributes.get(node);
        if (map == null || !map.containsKey(key)) {
            return;
        }
        var old = map.remove(key);
        if (key.equals("id") && old != null) {
            nodeById.remove(old, node);
        }
        reported.add(new AttributeChange(node, key, null));
    }

    private void splice(int node, JsonNode change) {
        var list = children.computeIfAbsent(node, n -> new ArrayList<>());
        int index = Math.min(change.path("index").asInt(0), list.size());
        int remove = change.path("remove").asInt(0);
        for (int i = 0; i < remove && index < list.size(); i++) {
            list.remove(index);
        }
        var add = change.get("addNodes");
        if (add != null && add.isArray()) {
            var added = new ArrayList<Integer>(add.size());
            add.forEach(n -> added.add(n.asInt()));
            list.addAll(index, added);
        }
    }

    private void detach(int node) {
        var map = attributes.remove(node);
        if (map != null && map.get("id") != null) {
            nodeById.remove(map.get("id"), node);
        }
        children.remove(node);
        clickListener.remove(node);
        selectable.remove(node);
        nodesByClass.values().forEach(nodes -> nodes.remove(node));
    }

    /** The nodes listening to {@code selected-changed} (tab bars), lowest node id first. */
    public List<Integer> selectableNodes() {
        return List.copyOf(selectable);
    }

    /** The attached nodes that were given this (watched) class, lowest node id first. */
    public List<Integer> nodesWithClass(String className) {
        return List.copyOf(nodesByClass.getOrDefault(className, new java.util.TreeSet<>()));
    }

    /** The node of the element with this {@code id} attribute, or -1. */
    public int nodeOf(String elementId) {
        return nodeById.getOrDefault(elementId, -1);
    }

    /** An attribute's value, or null. */
    public String attribute(int node, String key) {
        var map = attributes.get(node);
        return map == null ? null : map.get(key);
    }

    /** The element's children in order (empty unless children are tracked). */
    public List<Integer> children(int node) {
        return List.copyOf(children.getOrDefault(node, List.of()));
    }

    /**
     * The event data a click on this node sends, built the way Vaadin's client builds it: every expression the
     * listener's constant asks for ({@code event.shiftKey}, {@code event.detail}, …) with what a plain left click
     * gives; null if the node has no click listener.
     */
    public Map<String, Object> clickData(int node) {
        var hash = clickListener.get(node);
        if (hash == null) {
            return null;
        }
        var expressions = constants.get(hash);
        var data = new java.util.LinkedHashMap<String, Object>();
        if (expressions != null && expressions.isObject()) {
            for (String expression : expressions.propertyNames()) {
                if (expression.startsWith("event.")) {
                    data.put(expression, ClickData.valueOf(expression));
                }
            }
        }
        return data;
    }

    /** How many nodes have watched attributes (for diagnostics). */
    public int size() {
        return attributes.size();
    }
}
