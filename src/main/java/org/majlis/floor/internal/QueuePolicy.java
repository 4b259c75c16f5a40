package org.majlis.floor.internal;

import org.majlis.base.InvalidInputException;
import org.majlis.base.Move;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorRequestStatus;
import org.majlis.floor.SpeakerOrder;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The rules of the speakers' queue, each named as a chair would say it. */
public final class QueuePolicy {

    /** A point of order goes to the top, ahead of every other request. */
    public static final Comparator<FloorRequest> POINTS_OF_ORDER_FIRST =
            Comparator.comparing(r -> r.getKind() != FloorKind.POINT_OF_ORDER);

    /**
     * Within each group, arrival order — the server's sequence, never the browser's clock — unless the chair
     * reordered, which swaps keys so that later arrivals still come last.
     */
    public static final Comparator<FloorRequest> ARRIVAL_ORDER = Comparator.comparingLong(FloorRequest::queueKey);

    public static final Comparator<FloorRequest> QUEUE_ORDER = POINTS_OF_ORDER_FIRST.thenComparing(ARRIVAL_ORDER);

    /**
     * Protocol order: the organisations' precedence (lower first), then the speakers' rank in their delegation (head,
     * deputy, expert), each as it was when they asked; within a rank, arrival order (or the chair's swaps).
     */
    public static final Comparator<FloorRequest> PROTOCOL_PLACE = Comparator.comparingInt(FloorRequest::getPrecedence)
            .thenComparing(FloorRequest::getRank);

    public static final Comparator<FloorRequest> PROTOCOL_ORDER = POINTS_OF_ORDER_FIRST.thenComparing(PROTOCOL_PLACE)
            .thenComparing(ARRIVAL_ORDER);

    /** How many of the latest speakers on an item a right of reply or a question may still answer. */
    public static final int ANSWERABLE_RECENT = 3;

    private QueuePolicy() {
    }

    /** The waiting requests in the order they will be called, in arrival order. */
    public static List<FloorRequest> queue(Collection<FloorRequest> requests) {
        return queue(requests, SpeakerOrder.ARRIVAL);
    }

    /** The waiting requests in the order they will be called under the room's speaker order. */
    public static List<FloorRequest> queue(Collection<FloorRequest> requests, SpeakerOrder order) {
        return requests.stream()
                .filter(r -> r.getStatus() == FloorRequestStatus.WAITING)
                .sorted(comparator(order))
                .toList();
    }

    public static Comparator<FloorRequest> comparator(SpeakerOrder order) {
        return order == SpeakerOrder.PROTOCOL ? PROTOCOL_ORDER : QUEUE_ORDER;
    }

    /** Who is called when the chair gives the floor to the next speaker, in arrival order. */
    public static Optional<FloorRequest> next(Collection<FloorRequest> requests) {
        return next(requests, SpeakerOrder.ARRIVAL);
    }

    /** Who is called when the chair gives the floor to the next speaker under the room's speaker order. */
    public static Optional<FloorRequest> next(Collection<FloorRequest> requests, SpeakerOrder order) {
        return queue(requests, order).stream().findFirst();
    }

    /**
     * The interventions a right of reply or a question may answer: the current speaker's and the last
     * {@value #ANSWERABLE_RECENT} that ended on the item, latest first.
     */
    public static List<FloorRequest> answerable(Collection<FloorRequest> itemRequests) {
        var speaking = itemRequests.stream().filter(r -> r.getStatus() == FloorRequestStatus.SPEAKING);
        var spoke = itemRequests.stream()
                .filter(r -> r.getStatus() == FloorRequestStatus.SPOKE && r.getEndedAt() != null)
                .sorted(Comparator.comparing(FloorRequest::getEndedAt).thenComparing(FloorRequest::getId).reversed())
                .limit(ANSWERABLE_RECENT);
        return java.util.stream.Stream.concat(speaking, spoke).toList();
    }

    /**
     * One open request per delegate and item: asking again for the same kind is the same request (a double
     * click); asking for another kind while one is open is refused until it is withdrawn.
     */
    public static Optional<FloorRequest> oneOpenRequestPerDelegate(Collection<FloorRequest> delegatesRequests,
                                                                   FloorKind kind) {
        var open = delegatesRequests.stream().filter(r -> r.getStatus().isOpen()).findFirst();
        if (open.isPresent() && (open.get().getKind() != kind || open.get().getStatus() != FloorRequestStatus.WAITING)) {
            throw new InvalidInputException("kind", "floor.error.already-requested");
        }
        return open;
    }

    /**
     * The chair moves a waiting request one place up or down by swapping keys with its neighbour. A point of
     * order stays above the others: a request cannot pass one, nor one leave the top group. At either end nothing
     * changes. Returns whether anything moved.
     */
    public static boolean move(Collection<FloorRequest> requests, FloorRequest request, Move direction) {
        return move(requests, request, direction, SpeakerOrder.ARRIVAL);
    }

    /**
     * As {@link #move(Collection, FloorRequest, Move)}, under the room's speaker order: in protocol order a request
     * moves only within its place (the same precedence and rank) — protocol decides between places.
     */
    public static boolean move(Collection<FloorRequest> requests, FloorRequest request, Move direction,
                               SpeakerOrder order) {
        var queue = queue(requests, order);
        var index = queue.indexOf(request);
        if (index < 0) {
            throw new InvalidInputException("status", "floor.error.move-not-waiting");
        }
        var otherIndex = direction == Move.UP ? index - 1 : index + 1;
        if (otherIndex < 0 || otherIndex >= queue.size()) {
            return false;
        }
        var other = queue.get(otherIndex);
        if (POINTS_OF_ORDER_FIRST.compare(request, other) != 0) {
            throw new InvalidInputException("status", "floor.error.move-past-point-of-order");
        }
        if (order == SpeakerOrder.PROTOCOL && PROTOCOL_PLACE.compare(request, other) != 0) {
            throw new InvalidInputException("status", "floor.error.move-across-protocol");
        }
        var key = request.queueKey();
        request.setQueueKey(other.queueKey());
        other.setQueueKey(key);
        return true;
    }
}
