package org.tonghu.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A formatted spreadsheet (an Office Open XML workbook, .xlsx) written without a library: a bold, frozen header row
 * per sheet, column widths from the contents, dates as real dates, long texts wrapped.
 * <p>
 * Nothing in it is ever a formula: every text is an inline string, and a text that a spreadsheet would read as a
 * formula once copied or saved as CSV (starting with {@code = + - @}, a tab or a carriage return) gets a leading
 * apostrophe. Characters that XML cannot carry are dropped.
 */
public final class Spreadsheet {

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
    private static final int STYLE_HEADER = 1;
    private static final int STYLE_DATE = 2;
    private static final int STYLE_WRAPPED = 3;
    private static final int WRAP_FROM_WIDTH = 60;

    private final List<Sheet> sheets = new ArrayList<>();

    /** Adds a sheet with its header row; its name is shortened and cleaned to what spreadsheets accept. */
    public Sheet sheet(String name, List<String> header) {
        Sheet sheet = new Sheet(sheetName(name), header);
        sheets.add(sheet);
        return sheet;
    }

    /** One sheet: a header and rows of texts, numbers, dates or empty cells (null). */
    public static final class Sheet {
        private final String name;
        private final List<String> header;
        private final List<List<Object>> rows = new ArrayList<>();

        private Sheet(String name, List<String> header) {
            this.name = name;
            this.header = List.copyOf(header);
        }

        public Sheet row(Object... cells) {
            rows.add(java.util.Arrays.asList(cells));
            return this;
        }
    }

    /** The workbook as the bytes of an .xlsx file. */
    public byte[] toXlsx() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, "[Content_Types].xml", contentTypes());
            entry(zip, "_rels/.rels",
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", workbook());
            entry(zip, "xl/_rels/workbook.xml.rels", workbookRelationships());
            entry(zip, "xl/styles.xml", STYLES);
            for (int i = 0; i < sheets.size(); i++) {
                entry(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", worksheet(sheets.get(i)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A text as it is safe to put in a cell: never read as a formula, and only characters XML can carry. */
    public static String neutralised(String text) {
        StringBuilder clean = new StringBuilder(text.length() + 1);
        text.codePoints().filter(Spreadsheet::allowedInXml).forEach(clean::appendCodePoint);
        if (!clean.isEmpty() && "=+-@\t\r".indexOf(clean.charAt(0)) >= 0) {
            clean.insert(0, '\'');
        }
        return clean.toString();
    }

    private static boolean allowedInXml(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD || (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD) || codePoint >= 0x10000 && codePoint <= 0x10FFFF;
    }

    private String contentTypes() {
        StringBuilder xml = new StringBuilder(
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" "
                + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (int i = 1; i <= sheets.size(); i++) {
            xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/")
                    .append("vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return xml.append("</Types>").toString();
    }

    private String workbook() {
        StringBuilder xml = new StringBuilder("<workbook xmlns=\"" + MAIN_NS
                + "\" xmlns:r=\"" + REL_NS + "\"><sheets>");
        for (int i = 1; i <= sheets.size(); i++) {
            xml.append("<sheet name=\"").append(escape(sheets.get(i - 1).name)).append("\" sheetId=\"").append(i)
                    .append("\" r:id=\"rId").append(i).append("\"/>");
        }
        return xml.append("</sheets></workbook>").toString();
    }

    private String workbookRelationships() {
        StringBuilder xml = new StringBuilder(
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 1; i <= sheets.size(); i++) {
            xml.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL_NS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        xml.append("<Relationship Id=\"rId").append(sheets.size() + 1).append("\" Type=\"").append(REL_NS)
                .append("/styles\" Target=\"styles.xml\"/>");
        return xml.append("</Relationships>").toString();
    }

    private static String worksheet(Sheet sheet) {
        int[] widths = new int[sheet.header.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = displayWidth(sheet.header.get(column));
        }
        for (List<Object> row : sheet.rows) {
            for (int column = 0; column < Math.min(row.size(), widths.length); column++) {
                widths[column] = Math.max(widths[column], displayWidth(text(row.get(column))));
            }
        }
        StringBuilder xml = new StringBuilder("<worksheet xmlns=\"" + MAIN_NS + "\">");
        xml.append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
                + "activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews><cols>");
        for (int column = 0; column < widths.length; column++) {
            xml.append("<col min=\"").append(column + 1).append("\" max=\"").append(column + 1).append("\" width=\"")
                    .append(Math.min(widths[column], WRAP_FROM_WIDTH) + 2).append("\" customWidth=\"1\"/>");
        }
        xml.append("</cols><sheetData>");
        appendRow(xml, 1, new ArrayList<Object>(sheet.header), widths, true);
        for (int r = 0; r < sheet.rows.size(); r++) {
            appendRow(xml, r + 2, sheet.rows.get(r), widths, false);
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    private static void appendRow(StringBuilder xml, int rowNumber, List<Object> cells, int[] widths, boolean header) {
        xml.append("<row r=\"").append(rowNumber).append("\">");
        for (int column = 0; column < cells.size(); column++) {
            Object value = cells.get(column);
            if (value == null) {
                continue;
            }
            String reference = columnName(column) + rowNumber;
            xml.append("<c r=\"").append(reference).append('"');
            if (value instanceof LocalDate date) {
                xml.append(" s=\"").append(STYLE_DATE).append("\"><v>").append(ChronoUnit.DAYS.between(EPOCH, date))
                        .append("</v></c>");
            } else if (value instanceof Number number) {
                xml.append("><v>").append(number).append("</v></c>");
            } else {
                int style = header ? STYLE_HEADER
                        : column < widths.length && widths[column] > WRAP_FROM_WIDTH ? STYLE_WRAPPED : 0;
                if (style != 0) {
                    xml.append(" s=\"").append(style).append('"');
                }
                xml.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                        .append(escape(neutralised(value.toString())))
                        .append("</t></is></c>");
            }
        }
        xml.append("</row>");
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof LocalDate ? "0000-00-00" : value.toString();
    }

    /** Roughly how many Latin characters wide a text is: Chinese characters count twice. */
    private static int displayWidth(String text) {
        int longestLine = 0;
        for (String line : text.split("\n", -1)) {
            longestLine = Math.max(longestLine, line.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum());
        }
        return longestLine;
    }

    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    private static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\']", " ").strip();
        clean = clean.substring(0, Math.min(31, clean.length())).strip();
        return clean.isEmpty() ? "Sheet" : clean;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml)
                .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static final String STYLES = "<styleSheet xmlns=\"" + MAIN_NS + "\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE8EEF4\"/>"
            + "<bgColor indexed=\"64\"/></patternFill></fill>"
            + "</fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
            + "<alignment wrapText=\"1\" vertical=\"top\"/></xf></cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
            + "</cellStyles></styleSheet>";
}
