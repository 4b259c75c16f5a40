package org.majlis.outcome.ui;

import org.majlis.export.Format;

import java.util.ArrayList;
import java.util.List;

/** The menus' options: every language (and side by side for documents) of the given formats, in that order. */
final class ExportOptions {

    private ExportOptions() {
    }

    static List<ExportMenu.Option> of(Format... formats) {
        var options = new ArrayList<ExportMenu.Option>();
        for (var format : formats) {
            options.addAll(ExportMenu.Option.all("export.format." + format.name(), format));
        }
        return options;
    }
}
