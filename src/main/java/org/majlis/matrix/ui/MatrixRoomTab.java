package org.majlis.matrix.ui;

import org.majlis.base.live.RoomUpdates;
import org.majlis.matrix.MatrixHistoryService;
import org.majlis.matrix.MatrixReferenceService;
import org.majlis.matrix.MatrixReviewService;
import org.majlis.matrix.MatrixService;
import org.majlis.matrix.MatrixTabExtension;
import org.majlis.meetings.RoomDetails;
import org.majlis.meetings.RoomTab;

import java.util.Comparator;
import java.util.List;

/** Fills the room page's Matrix tab. */
@org.springframework.stereotype.Component
class MatrixRoomTab implements RoomTab {

    private final MatrixServices services;

    MatrixRoomTab(MatrixService matrix, MatrixHistoryService history, MatrixReviewService review,
                  MatrixReferenceService reference, RoomUpdates updates, List<MatrixTabExtension> extensions) {
        var ordered = extensions.stream().sorted(Comparator.comparingInt(MatrixTabExtension::order)).toList();
        this.services = new MatrixServices(matrix, history, review, reference, updates, ordered);
    }

    @Override
    public String titleKey() {
        return "room.tab.matrix";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public com.vaadin.flow.component.Component create(RoomDetails details) {
        return new MatrixTab(services, details);
    }

    /** The services the matrix views use, passed along as one. */
    record MatrixServices(MatrixService matrix, MatrixHistoryService history, MatrixReviewService review,
                          MatrixReferenceService reference, RoomUpdates updates,
                          List<MatrixTabExtension> extensions) {
    }
}
