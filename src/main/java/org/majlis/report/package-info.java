/**
 * The room report: what a room did (taken from its agenda, floor record, written statements and adopted matrix
 * entries) and what its rapporteur writes about it (a summary per agenda item, the recommendations, an optional
 * introduction) in English, French and Arabic, each language version with its translation status; drafted by the
 * rapporteur, submitted, and adopted or returned by the chairs, with revisions, differences, restore and a merge of
 * stale saves. The opening plenary's report is its summary for the final report.
 * <p>
 * The API is {@link org.majlis.report.ReportService} (the report and its workflow),
 * {@link org.majlis.report.ReportHistoryService} (revisions, differences, restore) and
 * {@link org.majlis.report.RoomReportDocument} (the report as an export document).
 */
@NullMarked
package org.majlis.report;

import org.jspecify.annotations.NullMarked;
