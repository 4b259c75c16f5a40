package org.majlis.meetings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.majlis.meetings.DelegationRank;
import org.majlis.meetings.ParticipantSummary;

import java.time.Instant;
import java.util.Locale;

@Entity
public class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String fullName;

    private String email;

    @Nullable
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Nullable
    private String positionTitle;

    @Nullable
    private String username;

    /** The identity provider's (Keycloak's) subject of the account linked to this participant. */
    @Nullable
    private String accountSubject;

    @Nullable
    private Instant accountLinkedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "delegation_rank")
    private DelegationRank rank = DelegationRank.EXPERT;

    protected Participant() {
    }

    public Participant(String fullName, String email, @Nullable Organisation organisation, @Nullable String positionTitle,
                @Nullable String username) {
        change(fullName, email, organisation, positionTitle, username);
    }

    public void change(String fullName, String email, @Nullable Organisation organisation, @Nullable String positionTitle,
                @Nullable String username) {
        this.fullName = fullName.strip();
        this.email = email.strip().toLowerCase(Locale.ROOT);
        this.organisation = organisation;
        this.positionTitle = positionTitle == null || positionTitle.isBlank() ? null : positionTitle.strip();
        this.username = username == null || username.isBlank() ? null : username.strip();
    }

    /** The participant's rank in their delegation (protocol order); none given: an expert. */
    public void rank(@Nullable DelegationRank rank) {
        this.rank = rank == null ? DelegationRank.EXPERT : rank;
    }

    public DelegationRank getRank() {
        return rank == null ? DelegationRank.EXPERT : rank;
    }

    /** Links the participant to an identity-provider account; refused when another account is already linked. */
    public void linkAccount(String subject, Instant at) {
        if (accountSubject != null && !accountSubject.equals(subject)) {
            throw new IllegalStateException("Participant " + id + " is already linked to another account");
        }
        if (accountSubject == null) {
            accountSubject = subject;
            accountLinkedAt = at;
        }
    }

    /** Removes the link; the next sign-in through the identity provider links again by email or username. */
    public void unlinkAccount() {
        accountSubject = null;
        accountLinkedAt = null;
    }

    @Nullable
    public String getAccountSubject() {
        return accountSubject;
    }

    public String getEmail() {
        return email;
    }

    @Nullable
    public String getUsername() {
        return username;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getFullName() {
        return fullName;
    }

    @Nullable
    public Organisation getOrganisation() {
        return organisation;
    }

    public ParticipantSummary toSummary() {
        return new ParticipantSummary(id, version, fullName, email,
                organisation == null ? null : organisation.getId(),
                organisation == null ? null : organisation.getAcronym(),
                positionTitle, username, accountSubject != null, getRank());
    }
}
