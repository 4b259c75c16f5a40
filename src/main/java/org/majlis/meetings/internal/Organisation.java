package org.majlis.meetings.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;
import org.majlis.meetings.OrganisationData;
import org.majlis.meetings.OrganisationFamily;
import org.majlis.meetings.OrganisationSummary;

import java.util.Locale;
import java.util.Objects;

@Entity
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    private OrganisationFamily family;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "name_fr"))
    @AttributeOverride(name = "ar", column = @Column(name = "name_ar"))
    private LocalizedText name;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "acronym_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "acronym_fr"))
    @AttributeOverride(name = "ar", column = @Column(name = "acronym_ar"))
    private LocalizedText acronym;

    @Nullable
    private String countryCode;

    /** The secretariat's protocol precedence; null: the family's default. */
    @Nullable
    private Integer precedence;

    protected Organisation() {
    }

    public Organisation(OrganisationData data) {
        apply(data);
    }

    public void apply(OrganisationData data) {
        this.family = Objects.requireNonNull(data.family());
        this.name = data.name();
        this.acronym = data.acronym();
        this.countryCode = data.countryCode() == null || data.countryCode().isBlank()
                ? null : data.countryCode().strip().toUpperCase(Locale.ROOT);
        this.precedence = data.precedence();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public OrganisationFamily getFamily() {
        return family;
    }

    public LocalizedText getAcronym() {
        return acronym == null ? LocalizedText.empty() : acronym;
    }

    public LocalizedText getName() {
        return name == null ? LocalizedText.empty() : name;
    }

    public OrganisationSummary toSummary() {
        return new OrganisationSummary(id, version, family, getName(), getAcronym(), countryCode, precedence);
    }
}
