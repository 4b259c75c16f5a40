package org.majlis.floor.internal;

import org.junit.jupiter.api.Test;
import org.majlis.floor.StatementFileType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class FileSnifferTest {

    @Test
    void a_pdf_is_recognised_by_its_first_bytes() {
        assertThat(FileSniffer.sniff("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(StatementFileType.PDF);
    }

    @Test
    void a_docx_is_a_zip_with_a_word_document_inside() throws IOException {
        assertThat(FileSniffer.sniff(zip("[Content_Types].xml", "word/document.xml", "_rels/.rels")))
                .isEqualTo(StatementFileType.DOCX);
    }

    @Test
    void any_other_zip_or_a_renamed_file_is_refused() throws IOException {
        assertThat(FileSniffer.sniff(zip("[Content_Types].xml", "xl/workbook.xml"))).isNull();
        assertThat(FileSniffer.sniff("MZ\u0090\u0000 executable".getBytes(StandardCharsets.ISO_8859_1))).isNull();
        assertThat(FileSniffer.sniff(new byte[0])).isNull();
        assertThat(FileSniffer.sniff("PK\u0003\u0004 truncated".getBytes(StandardCharsets.ISO_8859_1))).isNull();
    }

    static byte[] zip(String... names) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
