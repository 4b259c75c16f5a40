package org.majlis.matrix.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.majlis.base.LocalizedText;
import org.majlis.matrix.OicArea;

/** A priority area of the OIC-2025 Programme of Action; seeded by migration, editable by the secretariat. */
@Entity
@Table(name = "oic_area")
public class OicAreaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String code;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "name_fr"))
    @AttributeOverride(name = "ar", column = @Column(name = "name_ar"))
    private LocalizedText name;

    private int position;

    private boolean active;

    protected OicAreaEntity() {
    }

    public OicAreaEntity(String code, LocalizedText name, int position) {
        this.code = code;
        this.name = name;
        this.position = position;
        this.active = true;
    }

    public void change(String newCode, LocalizedText newName, boolean isActive) {
        this.code = newCode;
        this.name = newName;
        this.active = isActive;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public boolean isActive() {
        return active;
    }

    public OicArea toRecord() {
        return new OicArea(id, version, code, name == null ? LocalizedText.empty() : name, position, active);
    }
}
