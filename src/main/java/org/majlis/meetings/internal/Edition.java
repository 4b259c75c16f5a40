package org.majlis.meetings.internal;

import org.majlis.base.Language;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;
import org.majlis.meetings.EditionSummary;

import java.time.LocalDate;

@Entity
public class Edition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private int number;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "city_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "city_fr"))
    @AttributeOverride(name = "ar", column = @Column(name = "city_ar"))
    private LocalizedText city;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "venue_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "venue_fr"))
    @AttributeOverride(name = "ar", column = @Column(name = "venue_ar"))
    private LocalizedText venue;

    private LocalDate startDate;

    private LocalDate endDate;

    @Nullable
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_edition_id")
    private Edition previousEdition;

    @Nullable
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "host_id")
    private Organisation host;

    /** Codes of the languages a room report must have before adoption, e.g. {@code EN,FR,AR}. */
    private String requiredLanguages = "EN,FR,AR";

    protected Edition() {
    }

    public Edition(int number, LocalizedText city, LocalizedText venue, LocalDate startDate, LocalDate endDate,
            @Nullable Edition previousEdition, @Nullable Organisation host) {
        change(number, city, venue, startDate, endDate, previousEdition, host);
    }

    public void change(int number, LocalizedText city, LocalizedText venue, LocalDate startDate, LocalDate endDate,
                @Nullable Edition previousEdition, @Nullable Organisation host) {
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("An edition cannot end before it starts");
        }
        this.number = number;
        this.city = city;
        this.venue = venue;
        this.startDate = startDate;
        this.endDate = endDate;
        this.previousEdition = previousEdition;
        this.host = host;
    }

    public Set<Language> getRequiredLanguages() {
        var languages = EnumSet.noneOf(Language.class);
        for (var code : requiredLanguages.split(",")) {
            if (!code.isBlank()) {
                languages.add(Language.valueOf(code.strip()));
            }
        }
        return languages;
    }

    /** Sets the languages a room report must have before adoption (at least one, checked by the service). */
    public void requireLanguages(Set<Language> languages) {
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("An edition requires at least one language");
        }
        requiredLanguages = Arrays.stream(Language.values()).filter(languages::contains).map(Language::name)
                .collect(Collectors.joining(","));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public int getNumber() {
        return number;
    }

    @Nullable
    public Edition getPreviousEdition() {
        return previousEdition;
    }

    public EditionSummary toSummary(int roomCount) {
        return new EditionSummary(id, version, number, orEmpty(city), orEmpty(venue), startDate, endDate,
                previousEdition == null ? null : previousEdition.getId(),
                previousEdition == null ? null : previousEdition.getNumber(),
                host == null ? null : host.getId(),
                host == null ? null : host.getAcronym().en(),
                roomCount, getRequiredLanguages());
    }

    private static LocalizedText orEmpty(@Nullable LocalizedText text) {
        return text == null ? LocalizedText.empty() : text;
    }
}
