package org.majlis.bench.driver.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's result: rows of named columns, printed as a Markdown table (ready for {@code docs/performance.md})
 * and appended to {@code <out>/<scenario>.csv} with the machine, the commit and the settings on every row, so a
 * CSV line stands on its own.
 */
public final class Table {

    private final String scenario;
    private final String title;
    private final List<Map<String, String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public Table(String scenario, String title) {
        this.scenario = scenario;
        this.title = title;
    }

    /** Starts a row; put its cells in column order. */
    public Map<String, String> row() {
        var row = new LinkedHashMap<String, String>();
        rows.add(row);
        return row;
    }

    /** A line printed under the table (a check's outcome, what a column means). */
    public void note(String line) {
        notes.add(line);
    }

    public List<Map<String, String>> rows() {
        return rows;
    }

    public void print(PrintStream out, Machine machine, String settings) {
        out.println();
        out.println("### " + title);
        out.println("Machine: " + machine.describe() + "; settings: " + settings);
        out.println();
        if (!rows.isEmpty()) {
            var columns = List.copyOf(rows.getFirst().keySet());
            out.println("| " + String.join(" | ", columns) + " |");
            out.println("|" + "---|".repeat(columns.size()));
            for (var row : rows) {
                out.println("| " + String.join(" | ", columns.stream().map(c -> row.getOrDefault(c, "")).toList())
                        + " |");
            }
        }
        notes.forEach(note -> out.println("\n" + note));
        out.println();
    }

    /** Appends the rows to {@code <dir>/<scenario>.csv} (header written when the file is new). */
    public Path writeCsv(Path dir, Machine machine, String settings) throws IOException {
        Files.createDirectories(dir);
        var file = dir.resolve(scenario + ".csv");
        if (rows.isEmpty()) {
            return file;
        }
        var columns = List.copyOf(rows.getFirst().keySet());
        var lines = new ArrayList<String>();
        if (!Files.exists(file)) {
            var header = new ArrayList<>(List.of("time", "commit", "cores", "os", "jdk", "settings"));
            header.addAll(columns);
            lines.add(String.join(",", header.stream().map(Table::csv).toList()));
        }
        var now = Instant.now().toString();
        for (var row : rows) {
            var cells = new ArrayList<>(List.of(now, machine.commit(), Integer.toString(machine.cores()), machine.os(),
                    machine.jdk(), settings));
            columns.forEach(c -> cells.add(row.getOrDefault(c, "")));
            lines.add(String.join(",", cells.stream().map(Table::csv).toList()));
        }
        Files.write(file, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return file;
    }

    static String csv(String cell) {
        if (cell == null) {
            return "";
        }
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
