package org.majlis.matrix.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.majlis.matrix.ImportTarget;
import org.majlis.matrix.MatrixTabExtension;
import org.majlis.meetings.RoomDetails;

import java.util.Optional;

/**
 * The "Import" button of a room's Matrix tab, next to Export, for those who may import into the room: its
 * rapporteur (drafts) and the secretariat. The tab follows the room live, so imported entries appear by themselves.
 */
@org.springframework.stereotype.Component
class MatrixImportTool implements MatrixTabExtension {

    private final MatrixImportDialogs dialogs;

    MatrixImportTool(MatrixImportDialogs dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> toolbarComponent(RoomDetails room) {
        var summary = room.room();
        if (!dialogs.mayImport(summary.id())) {
            return Optional.empty();
        }
        var button = new Button();
        button.setText(button.getTranslation("matrix.import.button"));
        button.setIcon(VaadinIcon.UPLOAD.create());
        button.setId("matrix-import");
        var rapporteur = !room.admin();
        button.addClickListener(click -> dialogs.open(ImportTarget.room(summary.editionId(), summary.id()),
                rapporteur, () -> { }));
        return Optional.of(button);
    }
}
