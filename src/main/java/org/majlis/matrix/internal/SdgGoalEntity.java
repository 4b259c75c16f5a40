package org.majlis.matrix.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.majlis.base.LocalizedText;
import org.majlis.matrix.SdgGoal;

/** A Sustainable Development Goal; the 17 are seeded by migration, their names can be edited. */
@Entity
@Table(name = "sdg_goal")
public class SdgGoalEntity {

    @Id
    private int number;

    @Version
    private long version;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "name_fr"))
    @AttributeOverride(name = "ar", column = @Column(name = "name_ar"))
    private LocalizedText name;

    protected SdgGoalEntity() {
    }

    public int getNumber() {
        return number;
    }

    public long getVersion() {
        return version;
    }

    public void rename(LocalizedText newName) {
        this.name = newName;
    }

    public SdgGoal toRecord() {
        return new SdgGoal(number, version, name == null ? LocalizedText.empty() : name);
    }
}
