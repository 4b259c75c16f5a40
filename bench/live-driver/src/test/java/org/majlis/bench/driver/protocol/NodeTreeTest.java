package org.majlis.bench.driver.protocol;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NodeTreeTest {

    private static JsonNode message(String json) {
        return Uidl.JSON.readTree(json);
    }

    @Test
    void elementIdsFindTheirNodesAndWatchedAttributeChangesAreReported() {
        var tree = new NodeTree(Set.of("target"), false);

        var first = tree.apply(message("""
                {"syncId":1,"changes":[
                  {"node":40,"type":"attach"},
                  {"node":40,"type":"put","key":"tag","feat":0,"value":"majlis-clock"},
                  {"node":40,"type":"put","key":"id","feat":3,"value":"live-countdown"},
                  {"node":40,"type":"put","key":"target","feat":3,"value":"1796197041410"},
                  {"node":40,"type":"put","key":"title","feat":3,"value":"not watched"}]}"""));
        var second = tree.apply(message("""
                {"syncId":2,"changes":[{"node":40,"type":"put","key":"target","feat":3,"value":"1796197071410"}]}"""));

        assertEquals(40, tree.nodeOf("live-countdown"));
        assertEquals("1796197071410", tree.attribute(40, "target"));
        assertNull(tree.attribute(40, "title"));
        assertEquals(List.of(new NodeTree.AttributeChange(40, "id", "live-countdown"),
                new NodeTree.AttributeChange(40, "target", "1796197041410")), first);
        assertEquals(List.of(new NodeTree.AttributeChange(40, "target", "1796197071410")), second);
    }

    @Test
    void aPropertyOrAnotherFeatureWithTheSameKeyIsNotAnAttribute() {
        var tree = new NodeTree(Set.of("target"), false);

        var changes = tree.apply(message("""
                {"changes":[{"node":7,"type":"put","key":"target","feat":1,"value":"x"}]}"""));

        assertEquals(List.of(), changes);
        assertNull(tree.attribute(7, "target"));
    }

    @Test
    void aDetachedNodeIsForgotten() {
        var tree = new NodeTree(Set.of("data-request-id"), true);
        tree.apply(message("""
                {"changes":[{"node":5,"type":"put","key":"id","feat":3,"value":"floor-next"},
                            {"node":6,"type":"put","key":"data-request-id","feat":3,"value":"77"}]}"""));

        tree.apply(message("""
                {"changes":[{"node":5,"type":"detach"},{"node":6,"type":"detach"}]}"""));

        assertEquals(-1, tree.nodeOf("floor-next"));
        assertNull(tree.attribute(6, "data-request-id"));
    }

    @Test
    void childrenFollowSplicesAndClears() {
        var tree = new NodeTree(Set.of(), true);

        tree.apply(message("""
                {"changes":[{"node":9,"type":"splice","feat":2,"index":0,"addNodes":[20,21,22]},
                            {"node":9,"type":"splice","feat":2,"index":1,"remove":1},
                            {"node":9,"type":"splice","feat":2,"index":2,"addNodes":[23]},
                            {"node":9,"type":"splice","feat":2,"index":0,"remove":1,"addNodes":[24]}]}"""));
        assertEquals(List.of(24, 22, 23), tree.children(9));

        tree.apply(message("""
                {"changes":[{"node":9,"type":"clear","feat":2}]}"""));
        assertEquals(List.of(), tree.children(9));
    }

    @Test
    void childrenAreNotKeptUnlessAskedFor() {
        var tree = new NodeTree(Set.of(), false);

        tree.apply(message("""
                {"changes":[{"node":9,"type":"splice","feat":2,"index":0,"addNodes":[20]}]}"""));

        assertEquals(List.of(), tree.children(9));
    }

    @Test
    void aClickSendsTheEventDataItsListenerAsksForFromTheConstants() {
        var tree = new NodeTree(Set.of(), false);

        tree.apply(message("""
                {"constants":{"F8oCtNArLiI=":{"event.shiftKey":false,"event.detail":false,"event.button":false,
                                             "event.clientX":false}},
                 "changes":[{"node":12,"type":"put","key":"id","feat":3,"value":"floor-add-30"},
                            {"node":12,"type":"put","key":"click","feat":4,"value":"F8oCtNArLiI="}]}"""));

        assertEquals(Map.of("event.shiftKey", false, "event.detail", 1, "event.button", 0, "event.clientX", 0),
                tree.clickData(tree.nodeOf("floor-add-30")));
        assertNull(tree.clickData(99), "no listener, no click");
    }

    @Test
    void watchedClassesFindElementsWithoutIds() {
        var tree = new NodeTree(Set.of(), false, Set.of("agenda-open"));

        tree.apply(message("""
                {"changes":[{"node":31,"type":"splice","feat":11,"index":0,"add":["agenda-open"]},
                            {"node":30,"type":"splice","feat":11,"index":0,"add":["agenda-close","agenda-open"]},
                            {"node":32,"type":"splice","feat":11,"index":0,"add":["other"]}]}"""));

        assertEquals(List.of(30, 31), tree.nodesWithClass("agenda-open"));
    }
}
