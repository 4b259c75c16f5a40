package org.majlis.export;

import java.util.List;

/**
 * One table of a workbook (XLSX) or of a CSV file: the matrix of one room, the implementation review.
 *
 * @param name    the sheet's name (a room's short name; writers shorten it to what the format allows)
 * @param table   the header row and the rows
 */
public record Sheet(Translated name, Doc.Table table) {
}
