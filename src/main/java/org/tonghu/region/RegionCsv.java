package org.tonghu.region;

import java.util.ArrayList;
import java.util.List;

import org.tonghu.graphql.Problem;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.validation.TextRules;

/**
 * Reads a region list in CSV ({@code code,name,parent_code}, a header line first, UTF-8, fields optionally in
 * double quotes) into rows, and reports every line it cannot read. Checks that need the stored regions are made by
 * {@link RegionImport}.
 */
final class RegionCsv {

    static final String HEADER = "code,name,parent_code";
    static final int MAX_ROWS = 100_000;
    static final int MAX_NAME_LENGTH = 100;

    static final String INVALID_HEADER = "INVALID_HEADER";
    static final String NO_ROWS = "NO_ROWS";
    static final String TOO_MANY_ROWS = "TOO_MANY_ROWS";
    static final String WRONG_FIELD_COUNT = "WRONG_FIELD_COUNT";
    static final String UNBALANCED_QUOTES = "UNBALANCED_QUOTES";
    static final String INVALID_REGION_CODE = "INVALID_REGION_CODE";
    static final String NAME_REQUIRED = "NAME_REQUIRED";
    static final String NAME_TOO_LONG = "NAME_TOO_LONG";
    static final String NAME_HAS_CONTROL_CHARACTERS = "NAME_HAS_CONTROL_CHARACTERS";
    static final String INVALID_PARENT_CODE = "INVALID_PARENT_CODE";

    /** A readable row; its code is well formed, its parent code, if any, too. */
    record Row(int line, RegionCode code, String name, RegionCode parentCode) {
    }

    record Parsed(List<Row> rows, List<Problem> problems) {
    }

    private RegionCsv() {
    }

    static Parsed parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] lines = stripByteOrderMark(text == null ? "" : text).split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(HEADER)) {
            problems.add(Problem.ofLine(1, "header", INVALID_HEADER, "The first line must be: " + HEADER));
            return new Parsed(rows, problems);
        }
        int dataLines = 0;
        for (int index = 1; index < lines.length; index++) {
            int line = index + 1;
            if (lines[index].isBlank()) {
                continue;
            }
            if (++dataLines > MAX_ROWS) {
                problems.add(Problem.ofLine(line, "file", TOO_MANY_ROWS,
                        "A file may hold at most " + MAX_ROWS + " rows."));
                break;
            }
            readRow(line, lines[index], rows, problems);
        }
        if (dataLines == 0) {
            problems.add(Problem.ofLine(1, "file", NO_ROWS, "The file holds no regions."));
        }
        return new Parsed(rows, problems);
    }

    private static void readRow(int line, String text, List<Row> rows, List<Problem> problems) {
        List<String> fields = splitFields(text);
        if (fields == null) {
            problems.add(Problem.ofLine(line, "line", UNBALANCED_QUOTES, "A quoted field is not closed."));
            return;
        }
        if (fields.size() != 3) {
            problems.add(Problem.ofLine(line, "line", WRONG_FIELD_COUNT,
                    "Expected 3 fields (code, name, parent_code), found " + fields.size() + "."));
            return;
        }
        int before = problems.size();
        RegionCode code = RegionCode.parse(fields.get(0).strip()).orElse(null);
        if (code == null) {
            problems.add(Problem.ofLine(line, "code", INVALID_REGION_CODE,
                    "code must be a 12-digit region code whose levels are filled from the province down."));
        }
        String name = fields.get(1).strip();
        if (name.isEmpty()) {
            problems.add(Problem.ofLine(line, "name", NAME_REQUIRED, "name is required."));
        } else if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            problems.add(Problem.ofLine(line, "name", NAME_TOO_LONG,
                    "name may have at most " + MAX_NAME_LENGTH + " characters."));
        } else if (name.codePoints().anyMatch(TextRules::isControlOrInvisible)) {
            problems.add(Problem.ofLine(line, "name", NAME_HAS_CONTROL_CHARACTERS,
                    "name must not contain control or invisible characters."));
        }
        String parentText = fields.get(2).strip();
        RegionCode parent = null;
        if (!parentText.isEmpty()) {
            parent = RegionCode.parse(parentText).orElse(null);
            if (parent == null) {
                problems.add(Problem.ofLine(line, "parent_code", INVALID_PARENT_CODE,
                        "parent_code must be a 12-digit region code."));
            }
        }
        if (problems.size() == before) {
            rows.add(new Row(line, code, name, parent));
        }
    }

    /**
     * Splits one line into fields; a field in double quotes may hold commas and doubled quotes. Null if a quote is
     * open.
     */
    private static List<String> splitFields(String text) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }

    private static String stripByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
