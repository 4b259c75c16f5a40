package org.majlis.demo.bench;

import org.jspecify.annotations.Nullable;
import org.majlis.security.LocalAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/**
 * The bench endpoints the load driver relies on (names and fields are its contract): the room and its participants,
 * preparing and clearing the floor, the floor as stored, and the process's costs. Exists only with the bench on;
 * {@link BenchGate} lets only this machine in and Spring Security lets them through without signing in or a CSRF
 * token. Answers 503 until the bench participants are created.
 */
@RestController
@RequestMapping(BenchGate.PATH)
@ConditionalOnProperty(name = BenchSettings.ENABLED, havingValue = "true")
class BenchController {

    private static final Logger log = LoggerFactory.getLogger(BenchController.class);
    private static final int MAX_AGENDA_ITEMS = 200;

    private final BenchParticipants participants;
    private final BenchFloor floor;
    private final BenchStats stats;

    BenchController(BenchParticipants participants, BenchFloor floor, BenchStats stats) {
        this.participants = participants;
        this.floor = floor;
        this.stats = stats;
    }

    @GetMapping("/room")
    RoomInfo room() {
        var room = benchRoom();
        return new RoomInfo(room.roomId(), room.route(), room.chair(), LocalAccounts.DEMO_PASSWORD,
                room.observers(), room.delegates(), floor.currentItemId(room.roomId()));
    }

    /**
     * One speaker on the floor of the current item. Optional (not part of the driver's contract):
     * {@code agendaItems} makes the agenda at least that long, {@code queue} has that many bench delegates wait
     * after the speaker (the memory target: 30 items, 50 in the queue).
     */
    @PostMapping("/prepare")
    BenchFloor.Prepared prepare(@RequestParam(defaultValue = "0") int agendaItems,
                                @RequestParam(defaultValue = "0") int queue) {
        if (agendaItems < 0 || agendaItems > MAX_AGENDA_ITEMS || queue < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "agendaItems 0.." + MAX_AGENDA_ITEMS
                    + ", queue 0 or more");
        }
        return floor.prepare(benchRoom(), agendaItems, queue);
    }

    @PostMapping("/clear-floor")
    Cleared clearFloor() {
        return new Cleared(floor.clearFloor(benchRoom()));
    }

    @GetMapping("/floor")
    BenchFloor.FloorSnapshot floorNow() {
        return floor.snapshot(benchRoom());
    }

    @GetMapping("/stats")
    BenchStats.Stats stats(@RequestParam(defaultValue = "false") boolean gc) {
        return stats.now(benchRoom().roomId(), gc);
    }

    /** Any other address under /bench: not found (rather than a page of the application, unauthenticated). */
    @RequestMapping({"", "/**"})
    void unknown() {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private BenchRoom benchRoom() {
        return participants.room().orElseThrow(() -> new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                "The bench participants are being created"));
    }

    /**
     * A refused or failed step (a service's refusal, a missing demo person) answers 409 with what went wrong, so
     * that the driver can say why its run cannot start; the application's error pages say nothing on purpose.
     */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Failure> failed(RuntimeException e) {
        if (e instanceof ResponseStatusException status) {
            return ResponseEntity.status(status.getStatusCode()).body(new Failure(status.getReason()));
        }
        log.warn("Bench request failed", e);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new Failure(e.getClass().getSimpleName() + ": "
                + e.getMessage()));
    }

    /** What {@code GET /bench/room} answers. */
    record RoomInfo(long roomId, String route, String chair, String password, List<String> observers,
                    List<String> delegates, @Nullable Long itemId) {
    }

    /** What {@code POST /bench/clear-floor} answers. */
    record Cleared(long itemId) {
    }

    /** What a failed bench request answers. */
    record Failure(@Nullable String error) {
    }
}
