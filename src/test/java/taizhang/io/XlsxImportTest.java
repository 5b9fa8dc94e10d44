package taizhang.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.testing.Cli;
import taizhang.testing.Office;
import taizhang.testing.Snapshot;
import taizhang.testing.XlsxParts;

/**
 * XLSX import (SPEC 3), with files written by a real office suite (LibreOffice, from
 * scripts/xlsx-fixtures.sh) and with packages made by hand to break the rules.
 */
class XlsxImportTest {
    @TempDir
    Path dir;

    private Path fixture(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void aSheetLibreOfficeWroteImportsWithItsDateCellsAndChineseHeaders() throws Exception {
        Cli cli = Office.create(dir);
        Path file = fixture("persons-libreoffice.xlsx");

        Cli.Result r = cli.run("import", "persons", file.toString());

        assertEquals(0, r.code(), r.err());
        assertEquals(3, Snapshot.count(cli.db(), "SELECT count(*) FROM person"));
        assertEquals(1, Snapshot.count(cli.db(), "SELECT count(*) FROM person WHERE name = '张𠮷' AND sex = 'F'"
                + " AND birth_date = '1990-01-01' AND residence = 'resident' AND marital_status = 'married'"
                + " AND phone = '13800138000'"));
        assertEquals(1, Snapshot.count(cli.db(), "SELECT count(*) FROM person WHERE name = '李雷'"
                + " AND birth_date = '2000-02-29'"), "a leap day's serial number read as that day");
        assertEquals(1, Snapshot.count(cli.db(), "SELECT count(*) FROM person WHERE phone = '01088886666'"),
                "a text cell keeps its leading zero");
    }

    @Test
    void idAndPhoneColumnsTheOfficeSuiteTurnedIntoNumbersAreRefusedNamingTheColumn() throws Exception {
        Cli cli = Office.create(dir);
        String before = Snapshot.of(cli.db());
        Path file = fixture("persons-numbers-libreoffice.xlsx");

        Cli.Result r = cli.run("import", "persons", file.toString());

        assertEquals(1, r.code());
        assertTrue(r.err().contains(file + ":2: 身份证号: \"9.90101E+17\" is a number cell, and Excel keeps only 15"
                + " digits of a number: format the column 身份证号 as text"), r.err());
        assertTrue(r.err().contains(file + ":3: 电话: \"1088886666\" is a number cell"), r.err());
        assertEquals(before, Snapshot.of(cli.db()));
        Cli.Result zh = cli.run("import", "persons", file.toString(), "--lang", "zh");
        assertTrue(zh.err().contains(":2: 身份证号: \"9.90101E+17\" 是数字格，Excel 的数字只保留 15 位：请在 Excel 或 WPS"
                + " 里把 身份证号 列设为“文本”格式"), zh.err());
    }

    @Test
    void aControlCharacterWrittenAsAnXmlEscapeIsSeenAndRefused() throws Exception {
        Cli cli = Office.create(dir);
        Path file = fixture("visits-escape-libreoffice.xlsx");

        Cli.Result r = cli.run("import", "visits", file.toString());

        assertEquals(1, r.code());
        assertTrue(r.err().contains(file + ":3: visitor: \"\\x1b]0;owned\\x07王工\" contains the control character"
                + " U+001B"), r.err());
        assertFalse(r.err().chars().anyMatch(c -> c == 0x1b || c == 0x07), r.err());
    }

    @Test
    void anExportedWorkbookImportsBackIntoTheSameRecords() throws Exception {
        Cli cli = Office.create(dir);
        Path csv = fixture("persons-libreoffice.xlsx");
        assertEquals(0, cli.run("import", "persons", csv.toString()).code());
        Path xlsx = dir.resolve("out.xlsx");
        assertEquals(0, cli.run("export", "persons", "--out", xlsx.toString()).code());
        Cli other = Office.create(dir.resolve("other"));

        Cli.Result r = other.run("import", "persons", xlsx.toString());

        assertEquals(0, r.code(), r.err());
        String exported = ClerksWorkbooksTest.exported(cli, "persons", dir);
        assertTrue(exported.contains("张𠮷"), exported);
        assertEquals(exported, ClerksWorkbooksTest.exported(other, "persons", dir));
    }

    @Test
    void aZipBombIsRefusedByTheRatioOfItsParts() throws Exception {
        Cli cli = Office.create(dir);
        String before = Snapshot.of(cli.db());
        Path bomb = XlsxParts.bomb(dir.resolve("bomb.xlsx"), 64);

        Cli.Result r = cli.run("import", "persons", bomb.toString());

        assertEquals(1, r.code());
        assertEquals(List.of(bomb + ": is refused: its part xl/worksheets/sheet1.xml would unpack to more than 100"
                + " times its packed size (a zip bomb)"), r.errLines());
        assertEquals(before, Snapshot.of(cli.db()));
    }

    @Test
    void aZipBombWhoseDirectoryLiesIsStoppedAsItUnpacks() throws Exception {
        Cli cli = Office.create(dir);
        Path bomb = XlsxParts.bomb(dir.resolve("liar.xlsx"), 64);
        XlsxParts.lieAboutSize(bomb, "xl/worksheets/sheet1.xml", 5000);

        Cli.Result r = cli.run("import", "persons", bomb.toString());

        assertEquals(1, r.code());
        assertTrue(r.err().contains("xl/worksheets/sheet1.xml would unpack to more than 100 times its packed size")
                || r.err().contains("is a damaged XLSX file: its part xl/worksheets/sheet1.xml"), r.err());
    }

    /**
     * A sheet's declared dimension sizes the set of ID numbers an import of persons checks against:
     * a two-row sheet claiming a billion rows once made it ask for 8 GB at the start, and the
     * import died of an OutOfMemoryError instead of importing its one row.
     */
    @Test
    void aSheetClaimingABillionRowsImportsTheRowsItHolds() throws Exception {
        Cli cli = Office.create(dir);
        Path file = XlsxParts.workbook("").put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><dimension ref=\"A1:E999999999\"/><sheetData>"
                + XlsxParts.row(1, List.of("name", "sex", "birth_date", "area_code", "residence"))
                + XlsxParts.row(2, List.of("张三", "M", "1990-01-01", Office.V1, "resident"))
                + "</sheetData></worksheet>").write(dir.resolve("claims.xlsx"));

        Cli.Result r = cli.run("import", "persons", file.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 added"), r.out());
    }

    @Test
    void aRowPastExcelsLastIsRefused() throws Exception {
        Cli cli = Office.create(dir);
        Path file = XlsxParts.workbook(XlsxParts.row(1, List.of("name", "sex", "birth_date", "area_code", "residence"))
                + "<row r=\"1048577\"><c r=\"A1048577\" t=\"inlineStr\"><is><t>x</t></is></c></row>")
                .write(dir.resolve("rows.xlsx"));

        Cli.Result r = cli.run("import", "persons", file.toString());

        assertEquals(1, r.code());
        assertEquals(List.of(file + ": holds more rows than Excel allows (1048576)"), r.errLines());
    }

    @Test
    void brokenPackagesAreRefusedWithAMessage() throws Exception {
        Cli cli = Office.create(dir);
        String header = XlsxParts.row(1, List.of("name", "sex", "birth_date", "area_code", "residence"));
        Path wideCell = XlsxParts.workbook(header + "<row r=\"2\"><c r=\"ZZZZZZ2\" t=\"inlineStr\"><is><t>x</t></is>"
                + "</c></row>").write(dir.resolve("wide.xlsx"));
        Path entities = XlsxParts.workbook("").put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?>"
                + "<!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&b;</t></is></c></row></sheetData>"
                + "</worksheet>").write(dir.resolve("entities.xlsx"));
        Path noSheet = XlsxParts.workbook("").remove("xl/worksheets/sheet1.xml").write(dir.resolve("nosheet.xlsx"));
        Path renamed = Office.write(dir.resolve("renamed.xlsx"), "name,sex\n张三,M\n");
        byte[] real = Files.readAllBytes(fixture("persons-libreoffice.xlsx"));
        Path cut = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(real, real.length / 2));

        assertEquals(List.of(wideCell + ": is a damaged XLSX file: its part xl/worksheets/sheet1.xml cannot be read"),
                cli.run("import", "persons", wideCell.toString()).errLines());
        assertEquals(List.of(entities + ": is a damaged XLSX file: its part xl/worksheets/sheet1.xml cannot be read"),
                cli.run("import", "persons", entities.toString()).errLines());
        assertEquals(List.of(noSheet + ": is a damaged XLSX file: its part xl/worksheets/sheet1.xml cannot be read"),
                cli.run("import", "persons", noSheet.toString()).errLines());
        for (Path notAPackage : List.of(renamed, cut)) {
            Cli.Result r = cli.run("import", "persons", notAPackage.toString());
            assertEquals(1, r.code());
            assertEquals(List.of(notAPackage + ": is not an XLSX file: it is not a zip package (perhaps a CSV or an"
                    + " .xls file renamed)"), r.errLines());
        }
    }

    /** A hospital's list of births comes as a workbook as often as a CSV: read the same way (SPEC 12). */
    @Test
    void aListOfBirthsIsReadFromAWorkbookToo() throws Exception {
        Path file = XlsxParts.workbook(XlsxParts.row(1, List.of("婴儿性别", "出生日期", "母亲姓名"))
                + XlsxParts.row(2, List.of("女", "2026-03-01", "李娜"))
                + XlsxParts.row(3, List.of("M", "2026-02-30", "王丽"))).write(dir.resolve("hospital.xlsx"));

        BirthList.Read read = BirthList.read(file, null,
                new taizhang.testing.GeneratedFacts(java.time.LocalDate.of(2026, 11, 20)), taizhang.domain.Progress.NONE);

        assertEquals(2, read.read());
        assertEquals(1, read.errors().count());
        LineProblem p = read.errors().first().get(0);
        assertEquals(3, p.line());
        assertEquals("出生日期", p.column());
        assertEquals(taizhang.domain.Problem.Code.NOT_A_REAL_DATE, p.problem().code());
    }

    @Test
    void theDigitsExcelShowsForANumberCell() {
        assertEquals("9.90101E+17", ExcelNumbers.general(new java.math.BigDecimal("9.9010119900101E+017")));
        assertEquals("1.10105E+17", ExcelNumbers.general(new java.math.BigDecimal("110105194912310000")));
        assertEquals("13800138000", ExcelNumbers.general(new java.math.BigDecimal("13800138000")));
        assertEquals("300.5", ExcelNumbers.general(new java.math.BigDecimal("300.50")));
        assertEquals("2", ExcelNumbers.general(new java.math.BigDecimal("2")));
        assertEquals(java.time.LocalDate.of(1900, 2, 28), ExcelNumbers.date(new java.math.BigDecimal("59"), false));
        assertEquals(java.time.LocalDate.of(1900, 3, 1), ExcelNumbers.date(new java.math.BigDecimal("61"), false));
        assertEquals(java.time.LocalDate.of(2026, 3, 5), ExcelNumbers.date(new java.math.BigDecimal("46086.75"), false));
        assertEquals(java.time.LocalDate.of(2026, 3, 5), ExcelNumbers.date(new java.math.BigDecimal("44624"), true));
    }

    @Test
    void chineseAndCustomDateFormatsAreDates() {
        assertTrue(XlsxStyles.isDate(31, null), "built-in yyyy年m月d日");
        assertTrue(XlsxStyles.isDate(165, "yyyy\\-mm\\-dd"));
        assertTrue(XlsxStyles.isDate(176, "[$-804]yyyy\"年\"m\"月\"d\"日\";@"));
        assertFalse(XlsxStyles.isDate(164, "General"));
        assertFalse(XlsxStyles.isDate(177, "0.00_);[Red]\\(0.00\\)"));
        assertFalse(XlsxStyles.isDate(49, "@"));
    }
}
