package org.tonghu.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.ZipEntries;

class SpreadsheetTest {

    @Test
    void shouldNeutraliseEveryTextASpreadsheetWouldReadAsAFormula() {
        assertEquals("'=1+1", Spreadsheet.neutralised("=1+1"));
        assertEquals("'+86 138", Spreadsheet.neutralised("+86 138"));
        assertEquals("'-2", Spreadsheet.neutralised("-2"));
        assertEquals("'@SUM(A1)", Spreadsheet.neutralised("@SUM(A1)"));
        assertEquals("'\tx", Spreadsheet.neutralised("\tx"));
        assertEquals("a=1", Spreadsheet.neutralised("a=1"));
        assertEquals("'=x", Spreadsheet.neutralised("\u0000=x"), "a dropped control character cannot hide a formula");
        assertEquals("王小红", Spreadsheet.neutralised("王小红"));
    }

    @Test
    void shouldNameColumnsLikeASpreadsheet() {
        assertEquals("A", Spreadsheet.columnName(0));
        assertEquals("Z", Spreadsheet.columnName(25));
        assertEquals("AA", Spreadsheet.columnName(26));
        assertEquals("AZ", Spreadsheet.columnName(51));
        assertEquals("BA", Spreadsheet.columnName(52));
    }

    @Test
    void shouldWriteAWorkbookWithDatesNumbersAndEscapedTexts() throws Exception {
        Spreadsheet workbook = new Spreadsheet();
        workbook.sheet("走访记录", List.of("日期", "次数", "说明")).row(LocalDate.of(2026, 1, 1), 3, "<b>&\"")
                .row(null, null, "=cmd");
        workbook.sheet("a/b:c[d]*?e'f and a name longer than thirty-one", List.of("x"));
        Map<String, String> parts = ZipEntries.of(workbook.toXlsx());

        assertTrue(parts.keySet().containsAll(List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml")));
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<c r=\"A2\" s=\"2\"><v>46023</v></c>"), "2026-01-01 is day 46023 after 1899-12-30");
        assertTrue(sheet.contains("<c r=\"B2\"><v>3</v></c>"));
        assertTrue(sheet.contains("&lt;b&gt;&amp;&quot;"));
        assertTrue(sheet.contains("<c r=\"C3\" t=\"inlineStr\"><is><t xml:space=\"preserve\">'=cmd</t>"));
        assertFalse(sheet.contains("<c r=\"A3\""), "an empty cell is left out");
        assertTrue(sheet.contains("state=\"frozen\""), "the header row stays in view");
        assertTrue(parts.get("xl/workbook.xml").contains("name=\"a b c d   e f and a name longer\""),
                parts.get("xl/workbook.xml"));
    }

}
