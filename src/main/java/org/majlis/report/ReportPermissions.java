package org.majlis.report;

/** What the current user may do with the room's report now (the service checks again). */
public record ReportPermissions(boolean start, boolean edit, boolean submit, boolean adopt, boolean giveBack,
                                boolean restore, boolean refresh) {

    public static ReportPermissions none() {
        return new ReportPermissions(false, false, false, false, false, false, false);
    }
}
