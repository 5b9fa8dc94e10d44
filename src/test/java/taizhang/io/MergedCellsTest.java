package taizhang.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The merged ranges of a sheet, found by a scan of its bytes before its rows are read. */
class MergedCellsTest {

    private static MergedCells scan(String xml) throws Exception {
        return MergedCells.scan(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> refs(MergedCells m, int row) {
        return m.over(row).stream().map(MergedCells.Range::ref).toList();
    }

    @Test
    void rangesAreFoundWhereverTheTagFallsAndAskedRowByRow() throws Exception {
        // Rows enough that the tags come past the first 64 KB read, one of them across its end.
        String rows = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>".repeat(1637) + "x".repeat(7);
        MergedCells m = scan("<worksheet><sheetData>" + rows + "</sheetData><mergeCells count=\"3\">"
                + "<x:mergeCell ref=\"$B$2:B5\"/><mergeCell\nref=\"A3:C3\"/><mergeCell ref=\"D7\"/>"
                + "<mergeCell ref=\"AA10:AB12\"/></mergeCells></worksheet>");

        assertEquals(List.of(), refs(m, 1));
        assertEquals(List.of("B2:B5"), refs(m, 2));
        assertEquals(List.of("B2:B5", "A3:C3"), refs(m, 3));
        assertEquals(List.of(), refs(m, 7), "a range of one cell is no merge");
        MergedCells.Range r = m.over(11).get(0);
        assertEquals(List.of(10, 26, 12, 27, "AA10"), List.of(r.top(), r.left(), r.bottom(), r.right(), r.first()));
        assertEquals(List.of(), refs(m, 13));
    }

    @Test
    void aSheetWithoutMergesHasNone() throws Exception {
        assertSame(MergedCells.NONE, scan("<worksheet><sheetData/><mergeCells count=\"0\"/></worksheet>"));
        assertTrue(scan("<c><is><t>&lt;mergeCell ref=\"A1:A2\"/&gt;</t></is></c>").isEmpty(), "text is not a tag");
    }
}
