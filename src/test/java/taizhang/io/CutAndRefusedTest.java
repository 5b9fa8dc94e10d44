package taizhang.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.domain.Field;
import taizhang.domain.FieldType;
import taizhang.domain.Language;
import taizhang.domain.Problem;
import taizhang.domain.Refusal;
import taizhang.ui.ProblemText;

/** A value cut to its column says so (…), in terminal columns; an XLSX too long for a sheet is refused in words. */
class CutAndRefusedTest {

    @Test
    void aCutValueEndsInAnEllipsisCountedInTerminalColumns() {
        assertEquals(1, Width.of(Width.CUT), "the mark takes one column");
        assertEquals("张晓明", Width.cut("张晓明", 6), "a value that fits is whole");
        assertEquals("张晓…", Width.cut("张晓明王", 6));
        assertEquals("张…", Width.cut("张晓明", 4), "a wide character never half shown");
        assertEquals("张… ", Width.pad("张晓明", 4), "padded after the mark");
        assertEquals("abcd…", Width.padLeft("abcdef", 5));
        assertEquals("ab  ", Width.pad("ab    ", 4), "spaces cut off are no cut");
    }

    @Test
    void rowsNoSheetHoldsAreRefusedBeforeAnythingIsWrittenAndSaidInTheClerksLanguage() {
        List<Object[]> rows = Collections.nCopies(Export.XLSX_MAX_ROWS + 1, new Object[] {"x"});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Refusal r = assertThrows(Refusal.class, () -> Export.xlsx(List.of(new Export.Sheet("比对结果",
                List.of(Field.of("status", "状态", FieldType.TEXT, true)), rows)), "t", true, out));
        assertEquals(Problem.Code.XLSX_SHEET_TOO_LONG, r.problem().code());
        assertEquals(0, out.size(), "nothing written");
        assertEquals("比对结果：1048576 行，超过一个 XLSX 工作表能放的行数（1048575）；请导出为 CSV",
                ProblemText.of(Language.ZH).message(r.problem()));
        assertTrue(ProblemText.of(Language.EN).message(r.problem()).endsWith("export it as CSV"));
    }
}
