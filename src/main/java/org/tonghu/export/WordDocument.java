package org.tonghu.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word document (.docx) laid out like a Chinese government report (GB/T 9704 in spirit): a centred title in a
 * large song typeface, the issuing region and date under it, first-level headings in hei, second-level in kai, body
 * text in fangsong with a two-character indent, and tables with a bold header row. Written with Apache POI; texts go
 * in as plain runs (no fields, no macros), line breaks kept.
 */
public final class WordDocument {

    private static final String SONG = "方正小标宋简体";
    private static final String HEI = "黑体";
    private static final String KAI = "楷体_GB2312";
    private static final String FANGSONG = "仿宋_GB2312";
    /** 二号 (22 pt) for the title, 三号 (16 pt) for the text. */
    private static final int TITLE_POINTS = 22;
    private static final int TEXT_POINTS = 16;
    private static final int TABLE_POINTS = 12;

    private final XWPFDocument document = new XWPFDocument();

    /** The title, centred. */
    public WordDocument title(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(240);
        run(paragraph, text, SONG, TITLE_POINTS, true);
        return this;
    }

    /** A centred line under the title (the region and date). */
    public WordDocument subtitle(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(240);
        run(paragraph, text, KAI, TEXT_POINTS, false);
        return this;
    }

    /** A first-level heading ("一、..."). */
    public WordDocument heading(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setIndentationFirstLine(640);
        run(paragraph, text, HEI, TEXT_POINTS, false);
        return this;
    }

    /** A second-level heading ("（一）..."). */
    public WordDocument subheading(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setIndentationFirstLine(640);
        run(paragraph, text, KAI, TEXT_POINTS, true);
        return this;
    }

    /** Body text: one paragraph per line of {@code text}, each indented by two characters. */
    public WordDocument paragraphs(String text) {
        for (String line : (text == null ? "" : text).split("\n", -1)) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setIndentationFirstLine(640);
            paragraph.setSpacingBetween(1.5);
            run(paragraph, line, FANGSONG, TEXT_POINTS, false);
        }
        return this;
    }

    /** A table: a bold header row, then the rows (cells as text). */
    public WordDocument table(List<String> header, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, header.size());
        table.setWidth("100%");
        fill(table.getRow(0), header, true);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i), false);
        }
        document.createParagraph();
        return this;
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFParagraph paragraph = row.getCell(i).getParagraphs().get(0);
            run(paragraph, cells.get(i) == null ? "" : cells.get(i), FANGSONG, TABLE_POINTS, bold);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, String font, int points, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(font);
        run.setFontSize(points);
        run.setBold(bold);
        run.setText(text);
    }

    /** The document as .docx bytes. */
    public byte[] toDocx() {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
