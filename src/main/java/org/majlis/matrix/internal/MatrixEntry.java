package org.majlis.matrix.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;
import org.majlis.matrix.EntryData;
import org.majlis.matrix.EntryStatus;
import org.majlis.matrix.EntrySummary;
import org.majlis.matrix.IllegalTransitionException;
import org.majlis.matrix.MatrixEntryEvent;
import org.springframework.data.domain.AbstractAggregateRoot;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A matrix entry: its content and its place in the workflow. State changes are guarded verbs that register an
 * event; a change the status does not allow throws {@link IllegalTransitionException} and changes nothing.
 */
@Entity
@Table(name = "matrix_entry")
public class MatrixEntry extends AbstractAggregateRoot<MatrixEntry> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long editionId;

    private long roomId;

    private String code;

    @Enumerated(EnumType.STRING)
    private EntryStatus status;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "title_fr"))
    @AttributeOverride(name = "ar", column = @Column(name = "title_ar"))
    private LocalizedText title;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "description_fr"))
    @AttributeOverride(name = "ar", column = @Column(name = "description_ar"))
    private LocalizedText description;

    @Nullable
    private Long leadUnId;

    @Nullable
    private Long leadOicId;

    @ElementCollection
    @CollectionTable(name = "matrix_entry_partner", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "organisation_id")
    private Set<Long> partnerIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "matrix_entry_beneficiary", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "country_code")
    private Set<String> beneficiaries = new HashSet<>();

    @Nullable
    private LocalDate startDate;

    @Nullable
    private LocalDate endDate;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "results_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "results_fr"))
    @AttributeOverride(name = "ar", column = @Column(name = "results_ar"))
    private LocalizedText expectedResults;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "indicators_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "indicators_fr"))
    @AttributeOverride(name = "ar", column = @Column(name = "indicators_ar"))
    private LocalizedText indicators;

    @ElementCollection
    @CollectionTable(name = "matrix_entry_sdg", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "sdg_number")
    private Set<Integer> sdgs = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "matrix_entry_oic_area", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "area_id")
    private Set<Long> oicAreaIds = new HashSet<>();

    @Nullable
    private BigDecimal budget;

    @Nullable
    private String currency;

    @Nullable
    private String returnReason;

    @Nullable
    private Long originEntryId;

    @Nullable
    @Column(name = "proposed_by_id")
    private Long proposedById;

    private int revisionCount;

    private Instant updatedAt;

    private String updatedBy;

    protected MatrixEntry() {
    }

    /**
     * A new draft in a room. {@code proposedById} is the delegate who proposed it, or null when a rapporteur drafted
     * it; {@code originEntryId} the previous edition's entry it carries over, if any.
     */
    public MatrixEntry(long editionId, long roomId, EntryData data, @Nullable Long proposedById,
                       @Nullable Long originEntryId, String author, Instant now) {
        this.editionId = editionId;
        this.roomId = roomId;
        this.status = EntryStatus.DRAFT;
        this.proposedById = proposedById;
        this.originEntryId = originEntryId;
        apply(data);
        touch(author, now);
    }

    /** An entry of a past edition's matrix, loaded by the secretariat as already adopted. */
    public static MatrixEntry importedAdopted(long editionId, long roomId, EntryData data, String author,
                                              Instant now) {
        var entry = new MatrixEntry(editionId, roomId, data, null, null, author, now);
        entry.status = EntryStatus.ADOPTED;
        return entry;
    }

    /**
     * An entry imported from a file, in the status the file gives: a draft, under review, or adopted (a past
     * matrix). Returned and withdrawn entries are not imported: both need a decision recorded in Majlis.
     */
    public static MatrixEntry imported(long editionId, long roomId, EntryData data, EntryStatus status,
                                       String author, Instant now) {
        if (status != EntryStatus.DRAFT && status != EntryStatus.SUBMITTED && status != EntryStatus.ADOPTED) {
            throw new IllegalTransitionException(status, "import");
        }
        var entry = new MatrixEntry(editionId, roomId, data, null, null, author, now);
        entry.status = status;
        return entry;
    }

    /**
     * Changes the content from an imported file. The secretariat's import may also correct an adopted entry (a past
     * matrix brought in, then its translations); a withdrawn entry never changes. Who may import what is the
     * service's rule.
     */
    public void importContent(EntryData data, String author, Instant now) {
        if (status == EntryStatus.WITHDRAWN) {
            throw new IllegalTransitionException(status, "import");
        }
        apply(data);
        touch(author, now);
        registerEvent(new MatrixEntryEvent.Edited(roomId, idOrZero()));
    }

    /** Changes the content; allowed while the entry is a draft, returned or under review. */
    public void edit(EntryData data, String author, Instant now) {
        if (!status.editable()) {
            throw new IllegalTransitionException(status, "edit");
        }
        apply(data);
        touch(author, now);
        registerEvent(new MatrixEntryEvent.Edited(roomId, idOrZero()));
    }

    public void submit(String author, Instant now) {
        move(EntryStatus.SUBMITTED, "submit", author, now);
        returnReason = null;
        registerEvent(new MatrixEntryEvent.Submitted(roomId, idOrZero()));
    }

    public void adopt(String author, Instant now) {
        move(EntryStatus.ADOPTED, "adopt", author, now);
        registerEvent(new MatrixEntryEvent.Adopted(roomId, idOrZero()));
    }

    /** Sends a submitted entry back to drafting, with the reason the rapporteur will read. */
    public void returnToDrafting(String reason, String author, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A returned entry needs a reason");
        }
        move(EntryStatus.RETURNED, "return", author, now);
        returnReason = reason.strip();
        registerEvent(new MatrixEntryEvent.Returned(roomId, idOrZero()));
    }

    public void withdraw(String author, Instant now) {
        move(EntryStatus.WITHDRAWN, "withdraw", author, now);
        registerEvent(new MatrixEntryEvent.Withdrawn(roomId, idOrZero()));
    }

    /** Puts an adopted entry back under review so that it can change again. */
    public void reopen(String author, Instant now) {
        if (status != EntryStatus.ADOPTED) {
            throw new IllegalTransitionException(status, "reopen");
        }
        status = EntryStatus.SUBMITTED;
        touch(author, now);
        registerEvent(new MatrixEntryEvent.Reopened(roomId, idOrZero()));
    }

    private void move(EntryStatus target, String action, String author, Instant now) {
        if (!EntryStatus.allowedBefore(target).contains(status)) {
            throw new IllegalTransitionException(status, action);
        }
        status = target;
        touch(author, now);
    }

    private long idOrZero() {
        return id == null ? 0 : id;
    }

    private void touch(String author, Instant now) {
        revisionCount++;
        updatedAt = now;
        updatedBy = author;
    }

    private void apply(EntryData data) {
        this.code = Objects.requireNonNull(data.code(), "code");
        this.title = nullIfEmpty(data.title());
        this.description = nullIfEmpty(data.description());
        this.leadUnId = data.leadUnId();
        this.leadOicId = data.leadOicId();
        this.partnerIds.clear();
        this.partnerIds.addAll(data.partnerIds());
        this.beneficiaries.clear();
        this.beneficiaries.addAll(data.beneficiaries());
        this.startDate = data.startDate();
        this.endDate = data.endDate();
        this.expectedResults = nullIfEmpty(data.expectedResults());
        this.indicators = nullIfEmpty(data.indicators());
        this.sdgs.clear();
        this.sdgs.addAll(data.sdgs());
        this.oicAreaIds.clear();
        this.oicAreaIds.addAll(data.oicAreaIds());
        this.budget = data.budget();
        this.currency = data.currency();
    }

    public EntryData toData() {
        return new EntryData(code, orEmpty(title), orEmpty(description), leadUnId, leadOicId, partnerIds.stream().toList(),
                beneficiaries.stream().toList(), startDate, endDate, orEmpty(expectedResults), orEmpty(indicators),
                sdgs.stream().toList(), oicAreaIds.stream().toList(), budget, currency);
    }

    public EntrySummary toSummary(@Nullable String originCode) {
        return new EntrySummary(idOrZero(), version, editionId, roomId, status, toData(), returnReason, originEntryId,
                originCode, proposedById, revisionCount, updatedAt, updatedBy);
    }

    /** Hibernate reads an embedded text whose columns are all null as null; store it so, or every flush is an update. */
    private static @Nullable LocalizedText nullIfEmpty(LocalizedText text) {
        return text.isEmpty() ? null : text;
    }

    private static LocalizedText orEmpty(@Nullable LocalizedText text) {
        return text == null ? LocalizedText.empty() : text;
    }

    /** The events registered and not yet published (they are published when the entry is saved). */
    public java.util.List<Object> pendingEvents() {
        return java.util.List.copyOf(domainEvents());
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getEditionId() {
        return editionId;
    }

    public long getRoomId() {
        return roomId;
    }

    public EntryStatus getStatus() {
        return status;
    }

    public String getCode() {
        return code;
    }

    public int getRevisionCount() {
        return revisionCount;
    }

    @Nullable
    public Long getProposedById() {
        return proposedById;
    }

    @Nullable
    public Long getOriginEntryId() {
        return originEntryId;
    }
}
