package org.majlis.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.majlis.base.Phrase;
import org.majlis.base.RefusedException;
import org.majlis.report.ReportRecord;
import org.majlis.report.ReportStatus;
import org.majlis.report.ReportTexts;
import org.majlis.report.RoomReport;

import java.time.Instant;

/**
 * A room's report: its status, the record it was drafted from and the rapporteur's texts (both as JSON, apart).
 * State changes are guarded verbs; one the status does not allow is refused with a translated reason and changes
 * nothing.
 */
@Entity
@Table(name = "room_report")
public class ReportEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long roomId;

    @Enumerated(EnumType.STRING)
    private ReportStatus status;

    @Nullable
    private String returnReason;

    @Column(name = "record_json")
    private String record;

    private Instant recordTakenAt;

    @Column(name = "texts_json")
    private String texts;

    private int revisionCount;

    private Instant updatedAt;

    private String updatedBy;

    protected ReportEntity() {
    }

    public ReportEntity(long roomId, ReportRecord record, ReportTexts texts, String by, Instant at) {
        this.roomId = roomId;
        this.status = ReportStatus.DRAFT;
        this.record = Json.write(record);
        this.recordTakenAt = at;
        this.texts = Json.write(texts);
        touch(by, at);
    }

    /** An adopted report loaded as it was adopted (past editions in the demo, reports kept in Word until now). */
    public static ReportEntity adopted(long roomId, ReportRecord record, ReportTexts texts, String by, Instant at) {
        var report = new ReportEntity(roomId, record, texts, by, at);
        report.status = ReportStatus.ADOPTED;
        return report;
    }

    /** New texts, and the record without the off-agenda items whose summary was deleted. */
    public void edit(ReportTexts newTexts, ReportRecord newRecord, String by, Instant at) {
        require(status.editable(), "edit");
        texts = Json.write(newTexts);
        record = Json.write(newRecord);
        touch(by, at);
    }

    /** Takes in the record now; the texts are kept as they are (an item gone from the agenda keeps its summary). */
    public void takeInRecord(ReportRecord now, String by, Instant at) {
        require(status.editable(), "edit");
        record = Json.write(now);
        recordTakenAt = at;
        touch(by, at);
    }

    public void submit(String by, Instant at) {
        require(status.editable(), "submit");
        status = ReportStatus.SUBMITTED;
        touch(by, at);
    }

    public void adopt(String by, Instant at) {
        require(status == ReportStatus.SUBMITTED, "adopt");
        status = ReportStatus.ADOPTED;
        returnReason = null;
        touch(by, at);
    }

    public void returnToDrafting(String reason, String by, Instant at) {
        require(status == ReportStatus.SUBMITTED, "return");
        status = ReportStatus.RETURNED;
        returnReason = reason;
        touch(by, at);
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new RefusedException("report.illegal." + action,
                    new Phrase("report.status." + status.name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    private void touch(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
        revisionCount++;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getRoomId() {
        return roomId;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public int getRevisionCount() {
        return revisionCount;
    }

    public ReportRecord record() {
        return Json.read(record, ReportRecord.class);
    }

    public ReportTexts texts() {
        return Json.read(texts, ReportTexts.class);
    }

    public RoomReport toReport() {
        return new RoomReport(id == null ? 0 : id, version, roomId, status, returnReason, record(), recordTakenAt,
                texts(), revisionCount, updatedAt, updatedBy);
    }
}
