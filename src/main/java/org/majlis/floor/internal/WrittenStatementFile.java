package org.majlis.floor.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of a statement's file, read only when someone downloads it. */
@Entity
@Table(name = "written_statement_file")
public class WrittenStatementFile {

    @Id
    private Long statementId;

    @Lob
    @Column(name = "data", columnDefinition = "LONGBLOB")
    private byte[] data;

    protected WrittenStatementFile() {
    }

    public WrittenStatementFile(long statementId, byte[] data) {
        this.statementId = statementId;
        this.data = data;
    }

    public void replace(byte[] bytes) {
        this.data = bytes;
    }

    public byte[] getData() {
        return data;
    }
}
