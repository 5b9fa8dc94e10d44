package taizhang.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.testing.Cli;
import taizhang.testing.Office;
import taizhang.testing.Snapshot;
import taizhang.testing.XlsxParts;

/**
 * Workbooks as clerks' files really are (written by LibreOffice from scripts/xlsx-clerks.py):
 * Chinese headers, dates typed as date cells of several formats and as text, money and codes as
 * number cells in General and in fixed formats, months as date cells, empty cells in the middle
 * of a row, a hidden column, rich text, formulas with their cached values, a second sheet. Each
 * imports into the same records as the CSV holding the same data.
 */
class ClerksWorkbooksTest {
    @TempDir
    Path dir;

    private Path fixture(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("clerks/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    /** An office with the test areas and, for a register that refers to them, persons from CSV. */
    private Cli office(String name) throws Exception {
        Path d = Files.createDirectories(dir.resolve(name));
        return Office.create(d);
    }

    /** What {@code export REGISTER} writes (as CSV, to a file: the in-process run's standard output is the JVM's). */
    static String exported(Cli cli, String register, Path dir) throws Exception {
        Path out = Files.createTempFile(dir, register, ".csv");
        Cli.Result r = cli.run("export", register, "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        return Files.readString(out);
    }

    /** Imports {@code file}, which must be refused with nothing written: the messages naming the file. */
    private static List<String> refused(Cli cli, String register, Path file) throws Exception {
        String before = Snapshot.of(cli.db());
        Cli.Result r = cli.run("import", register, file.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(before, Snapshot.of(cli.db()));
        return r.errLines().stream().filter(l -> l.startsWith(file.toString())).toList();
    }

    /** The fixture {@code name}, imported into a new office's {@code register}, is refused saying just {@code said}. */
    private void assertRefused(String name, String register, String said) throws Exception {
        Path file = fixture(name);
        assertEquals(List.of(file + said), refused(office("office"), register, file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"schemes", "persons", "births", "deaths", "marriages", "migrations", "benefits", "visits",
            "population"})
    void aClerksWorkbookImportsAsItsCsvTwinDoes(String register) throws Exception {
        Cli fromXlsx = office("xlsx");
        Cli fromCsv = office("csv");
        Path xlsx = fixture(register + ".xlsx");
        Path csv = fixture(register + ".csv");

        Cli.Result x = fromXlsx.run("import", register, xlsx.toString());
        Cli.Result c = fromCsv.run("import", register, csv.toString());

        assertEquals(0, c.code(), c.err());
        assertEquals(0, x.code(), x.err());
        String exported = exported(fromCsv, register, dir);
        assertTrue(exported.lines().count() > 2, exported);
        assertEquals(exported, exported(fromXlsx, register, dir));
    }

    /** A hospital's list of births as a workbook is compared as its CSV twin is (SPEC 12). */
    @Test
    void aHospitalsWorkbookReconcilesAsItsCsvTwinDoes() throws Exception {
        Cli cli = office("reconcile");
        assertEquals(0, cli.run("import", "births", fixture("births.csv").toString()).code());
        Path fromXlsx = dir.resolve("from-xlsx.csv");
        Path fromCsv = dir.resolve("from-csv.csv");

        Cli.Result x = cli.run("reconcile", "births", fixture("hospital-list.xlsx").toString(), "--source", "hospital",
                "--format", "csv", "--out", fromXlsx.toString());
        Cli.Result c = cli.run("reconcile", "births", fixture("hospital-list.csv").toString(), "--source", "hospital",
                "--format", "csv", "--out", fromCsv.toString());

        assertEquals(0, x.code(), x.err());
        assertEquals(0, c.code(), c.err());
        String rows = Files.readString(fromCsv);
        assertTrue(rows.contains("matched,certificate,2,") && rows.contains("missing,,3,")
                && rows.contains("conflict,certificate,4,"), rows);
        assertEquals(rows, Files.readString(fromXlsx));
        assertEquals(c.out(), x.out(), "the same summary");
    }

    /** A hospital's list imported as births by mistake is refused pointing to reconcile, the command meant for it. */
    @Test
    void aHospitalsListImportedAsBirthsPointsToReconcile() throws Exception {
        Cli cli = office("list-as-births");
        for (Path file : List.of(fixture("hospital-list.csv"), fixture("hospital-list.xlsx"))) {
            List<String> said = refused(cli, "births", file);
            assertEquals(file + ":1: these are the columns of a hospital's or the police's list of births, not of the"
                    + " births register: to compare the list with the register, run taizhang reconcile births " + file
                    + " --source hospital (or police)", said.get(said.size() - 1));
            String zh = cli.run("import", "births", file.toString(), "--lang", "zh").err();
            assertTrue(zh.contains(file + ":1: 这些是医院或公安的出生名单的列，不是出生台账的列：要把名单与台账比对，请用 taizhang"
                    + " reconcile births " + file + " --source hospital（公安的名单用 police）"), zh);
        }
        Path births = fixture("births.csv");
        Files.writeString(births, Files.readString(births).replaceFirst("婴儿姓名", "婴儿姓明"));
        assertTrue(refused(cli, "births", births).stream().noneMatch(l -> l.contains("reconcile")),
                "a births file with a typo in a column is not taken for a list");
    }

    @Test
    void areasTypedAsNumbersFormattedZeroImportAsTheirCsvTwin() throws Exception {
        Cli fromXlsx = new Cli(dir.resolve("x.db"));
        Cli fromCsv = new Cli(dir.resolve("c.db"));
        assertEquals(0, fromXlsx.run("init").code());
        assertEquals(0, fromCsv.run("init").code());

        Cli.Result x = fromXlsx.run("import", "areas", fixture("areas.xlsx").toString());

        assertEquals(0, x.code(), x.err());
        assertEquals(0, fromCsv.run("import", "areas", fixture("areas.csv").toString()).code());
        String exported = exported(fromXlsx, "areas", dir);
        assertEquals(exported(fromCsv, "areas", dir), exported);
        assertTrue(exported.contains("990101101201,一村,990101101"), exported);
    }

    @Test
    void aMonthCellIsItsMonthWhenItShowsNoDayOrIsTheFirst() throws Exception {
        Cli cli = office("months");

        assertEquals(0, cli.run("import", "benefits", fixture("benefits.xlsx").toString()).code());

        List<String> months = exported(cli, "benefits", dir).lines().skip(1)
                .map(l -> l.split(",")[4]).toList();
        assertEquals(List.of("2026-03", "2026-04", "2026-05", "2026-06", "2026-07"), months,
                "2026年3月 and Mar-26 as shown; 2026/5/1 a date of the 1st; text as in a CSV");
    }

    /**
     * Excel names its own formats by number alone, with no format code in the file: 14 is the
     * short date, 57 Chinese Excel's yyyy年m月, 1 is {@code 0}.
     */
    @Test
    void excelsBuiltInFormatsAreKnownByTheirNumber() throws Exception {
        Cli cli = office("built-in");
        String cell = "<c r=\"%s\" s=\"%d\"><v>%s</v></c>";
        Path file = styled(XlsxParts.row(1, List.of("姓名", "村居代码", "项目", "所属月份", "应发金额", "实发金额"))
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>张三</t></is></c>"
                + cell.formatted("B2", 3, Office.V2) + "<c r=\"C2\" t=\"inlineStr\"><is><t>childcare</t></is></c>"
                + cell.formatted("D2", 2, "46096") + cell.formatted("E2", 0, "300") + cell.formatted("F2", 0, "300")
                + "</row><row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>李四</t></is></c>"
                + cell.formatted("B3", 3, Office.V3) + "<c r=\"C3\" t=\"inlineStr\"><is><t>childcare</t></is></c>"
                + cell.formatted("D3", 1, "46113") + cell.formatted("E3", 0, "300") + cell.formatted("F3", 0, "300")
                + "</row>", "excel.xlsx");

        Cli.Result r = cli.run("import", "benefits", file.toString());

        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("张三," + Office.V2 + ",childcare,2026-03", "李四," + Office.V3 + ",childcare,2026-04"),
                exported(cli, "benefits", dir).lines().skip(1).map(l -> l.substring(1, l.indexOf(",2026-") + 8)).toList(),
                "15 March shown as 2026年3月 is March; 1 April in the short date is April; codes in 0 are all digits");
    }

    /** A workbook of {@code sheetData} whose cell styles 0-3 are Excel's built-in formats General, 14, 57 and 1. */
    private Path styled(String sheetData, String name) throws Exception {
        return XlsxParts.workbook(sheetData)
                .put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                        + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                        + "schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/"
                        + "sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/"
                        + "officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>")
                .put("xl/styles.xml", "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/"
                        + "spreadsheetml/2006/main\"><cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"
                        + "<xf numFmtId=\"57\"/><xf numFmtId=\"1\"/></cellXfs></styleSheet>")
                .write(dir.resolve(name));
    }

    /**
     * A date typed as a month (2026-03, kept by Excel as the 1st) or formatted to show no day:
     * the clerk never saw the day the cell holds, so a date column refuses it; the short date is taken.
     */
    @Test
    void aDateColumnRefusesACellThatShowsNoDay() throws Exception {
        Cli cli = office("no-day");
        String cell = "<c r=\"%s\" s=\"%d\"><v>%s</v></c>";
        String text = "<c r=\"%s\" t=\"inlineStr\"><is><t>%s</t></is></c>";
        Path file = styled(XlsxParts.row(1, List.of("姓名", "性别", "出生日期", "村居代码", "户籍类型"))
                + "<row r=\"2\">" + text.formatted("A2", "张三") + text.formatted("B2", "男")
                + cell.formatted("C2", 2, "31121") + cell.formatted("D2", 3, Office.V2) + text.formatted("E2", "户籍常住")
                + "</row><row r=\"3\">" + text.formatted("A3", "李四") + text.formatted("B3", "女")
                + cell.formatted("C3", 1, "31122") + cell.formatted("D3", 3, Office.V3) + text.formatted("E3", "户籍常住")
                + "</row>", "no-day.xlsx");

        List<String> said = refused(cli, "persons", file);

        assertEquals(List.of(file + ":2: 出生日期: \"1985-03-15\" is a date cell formatted to show no day (1985-03), so"
                + " its day is not what the clerk saw: format the column 出生日期 to show the whole date (yyyy-mm-dd) in"
                + " Excel or WPS and check the days"), said, "row 3's short date (1985-03-16) is taken");
    }

    @Test
    void aDateOfAnotherDayInAMonthColumnIsRefusedUnlessItShowsOnlyTheMonth() throws Exception {
        Cli cli = office("day");
        Path file = fixture("benefits-month-day.xlsx");

        List<String> said = refused(cli, "benefits", file);

        assertEquals(List.of(file + ":2: 所属月份: \"2026-03-15\" is a date cell, not a month: a date is taken as its"
                + " month only when it is the 1st or is formatted to show no day; write the month as YYYY-MM"),
                said, "row 3's 15 April shown as 2026年4月 is April");
        Cli.Result zh = cli.run("import", "benefits", file.toString(), "--lang", "zh");
        assertTrue(zh.err().contains(":2: 所属月份: \"2026-03-15\" 是日期格，不是月份"), zh.err());
    }

    @Test
    void aCsvDateInAMonthColumnStaysRefused() throws Exception {
        Cli cli = office("csv-month");
        Path file = Office.write(dir.resolve("b.csv"), "name,area_code,scheme,month,amount_due,amount_paid\n"
                + "张三," + Office.V1 + ",childcare,2026-03-01,300,300\n");

        assertEquals(List.of(file + ":2: month: \"2026-03-01\" is not a month (write YYYY-MM)"),
                refused(cli, "benefits", file));
    }

    @Test
    void aTwelveDigitCodeInGeneralIsRefusedSayingHowToFormatTheColumn() throws Exception {
        Cli cli = new Cli(dir.resolve("g.db"));
        assertEquals(0, cli.run("init").code());
        Path file = fixture("areas-general.xlsx");

        List<String> said = refused(cli, "areas", file);

        assertEquals(List.of(file + ":4: 代码: \"9.90101E+11\" is a number cell that Excel shows in scientific"
                + " notation, not as its digits: format the column 代码 as text (or with the number format 0) in"
                + " Excel or WPS"), said);
        Cli.Result zh = cli.run("import", "areas", file.toString(), "--lang", "zh");
        assertTrue(zh.err().contains(":4: 代码: \"9.90101E+11\" 是数字格，Excel 以科学记数法显示"), zh.err());
    }

    @Test
    void aHouseholdNumberExcelTookForADateIsRefused() throws Exception {
        assertRefused("persons-household-date.xlsx", "persons", ":2: 户号: \"2026-03-12\" is a date cell: Excel or WPS"
                + " took what was typed for a date: format the column 户号 as text and type the values again");
    }

    @Test
    void aBlankFirstRowIsSaidOnceInASheetAndInACsv() throws Exception {
        Cli cli = office("blank");
        Path xlsx = fixture("visits-blank-first-row.xlsx");
        Path csv = Office.write(dir.resolve("v.csv"), "\n村居代码,走访日期,走访人\n" + Office.V1 + ",2026-03-05,赵工\n");

        for (Path file : List.of(xlsx, csv)) {
            assertEquals(List.of(file + ":1: the first row is empty: the header (the names of the columns) must be"
                    + " the first row"), refused(cli, "visits", file));
        }
    }

    /** Many sheets have a title above the table; the SPEC puts the header in the first row. */
    @Test
    void aTitleAboveTheHeaderIsSaidOnce() throws Exception {
        Cli cli = office("title");
        String title = "一村2026年3月入户走访登记表";
        Path xlsx = XlsxParts.workbook(XlsxParts.row(1, List.of(title)) + XlsxParts.row(2, List.of("村居代码", "走访日期",
                "走访人")) + XlsxParts.row(3, List.of(Office.V1, "2026-03-05", "赵工"))).write(dir.resolve("title.xlsx"));
        Path csv = Office.write(dir.resolve("title.csv"), title + ",,\n村居代码,走访日期,走访人\n" + Office.V1
                + ",2026-03-05,赵工\n");

        for (Path file : List.of(xlsx, csv)) {
            assertEquals(List.of(file + ":1: the first row holds only \"" + title + "\", a title, not the names of the"
                    + " columns: delete the rows above the header, so that the header is the first row"),
                    refused(cli, "visits", file));
        }
        assertTrue(cli.run("import", "visits", csv.toString(), "--lang", "zh").err()
                .contains(":1: 第一行只有“" + title + "”，是标题"));
    }

    /** 202603 in row 2 is March. */
    @Test
    void aMonthTypedAsANumberIsTakenOnlyWithoutAPoint() throws Exception {
        assertRefused("benefits-number-month.xlsx", "benefits", ":3: 所属月份: \"2026.1\" is a number cell, and a"
                + " number drops its last zero (2026.10 shows as 2026.1): write the month as YYYY-MM, or format the"
                + " column 所属月份 as text");
    }

    @Test
    void aFormulasErrorIsNotAValue() throws Exception {
        assertRefused("visits-formula-error.xlsx", "visits", ":2: 走访人: \"#DIV/0!\" is the error of a formula: mend"
                + " the formula in Excel or WPS, or type the value");
    }

    @Test
    void aFormulaWithoutItsSavedResultIsNotAnEmptyCell() throws Exception {
        Cli cli = office("formula-uncomputed");
        Path file = XlsxParts.workbook(XlsxParts.row(1, List.of("村居代码", "走访日期", "走访人", "备注"))
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + Office.V1 + "</t></is></c>"
                + "<c r=\"B2\" t=\"inlineStr\"><is><t>2026-03-05</t></is></c>"
                + "<c r=\"C2\" t=\"inlineStr\"><is><t>赵工</t></is></c><c r=\"D2\"><f>Sheet2!A1</f></c></row>")
                .write(dir.resolve("uncomputed.xlsx"));

        assertEquals(List.of(file + ":2: 备注: is a formula whose result was never saved: open the file in Excel or WPS"
                + " and save it again"), refused(cli, "visits", file));
    }

    /**
     * A county's template: required marks, a name on two lines of its cell, full-width spaces,
     * and the yes/no column as tick boxes. It imports as its CSV twin (same headers, Y/N) does,
     * and as the plain workbook of the same marriages (是/否) does.
     */
    @Test
    void aCountyTemplatesHeaderAndTickBoxesImportAsTheirCsvTwin() throws Exception {
        Cli fromXlsx = office("template-xlsx");
        Cli fromCsv = office("template-csv");
        Cli plain = office("plain");

        Cli.Result x = fromXlsx.run("import", "marriages", fixture("marriages-template.xlsx").toString());
        Cli.Result c = fromCsv.run("import", "marriages", fixture("marriages-template.csv").toString());

        assertEquals(0, x.code(), x.err());
        assertEquals(0, c.code(), c.err());
        assertEquals(0, plain.run("import", "marriages", fixture("marriages.xlsx").toString()).code());
        String exported = exported(plain, "marriages", dir);
        assertTrue(exported.contains(",Y,") && exported.contains(",N,"), exported);
        assertEquals(exported, exported(fromXlsx, "marriages", dir));
        assertEquals(exported, exported(fromCsv, "marriages", dir));
    }

    /** A required mark is taken off a name; a typo stays a typo, in a sheet as in a CSV. */
    @Test
    void aTypoBehindARequiredMarkIsStillRefusedNamingTheColumn() throws Exception {
        Cli cli = office("typo");
        Path xlsx = fixture("persons-typo.xlsx");
        Path csv = Office.write(dir.resolve("typo.csv"), "*姓明,*性别,*出生日期,*村居代码,*户籍类型\n赵强,男,1988-08-08,"
                + Office.V1 + ",户籍常住\n");

        for (Path file : List.of(xlsx, csv)) {
            List<String> said = refused(cli, "persons", file);
            assertEquals(file + ":1: *姓明: unknown column for persons (columns are id_number, name, sex, birth_date,"
                    + " area_code, household_no, residence, marital_status, phone, died_on)", said.get(0));
            assertEquals(List.of(file + ":1: name: required column is missing (姓名)"), said.subList(1, said.size()));
        }
        String zh = cli.run("import", "persons", csv.toString(), "--lang", "zh").err();
        // A clerk who writes Chinese headers is offered the Chinese names, the ones the file can use as they are.
        assertTrue(zh.contains(":1: *姓明: 不是人口的列（可用的列：身份证号、姓名、性别、出生日期、村居代码、户号、户籍类型、婚姻状况、电话、"
                + "死亡日期）"), zh);
    }

    @Test
    void aNoteInBracketsOtherThanARequiredMarkIsSaidAndNotTaken() throws Exception {
        Cli cli = office("note");
        Path csv = Office.write(dir.resolve("note.csv"), "姓名,村居代码,项目,所属月份,应发金额（万元）,实发金额\n张三,"
                + Office.V1 + ",childcare,2026-03,0.03,300\n");

        assertEquals(List.of(csv + ":1: 应发金额（万元）: is the column 应发金额 (amount_due) with a note in brackets, and"
                + " a note may change what the column holds (万元, 农历): only (必填) or (选填) is taken as a note: name the"
                + " column 应发金额", csv + ":1: amount_due: required column is missing (应发金额)"),
                refused(cli, "benefits", csv));
        assertTrue(cli.run("import", "benefits", csv.toString(), "--lang", "zh").err()
                .contains(":1: 应发金额（万元）: 是“应发金额”（amount_due）列加了括号里的说明"));
    }

    /** A TRUE/FALSE cell is Y or N in a yes/no column only; elsewhere it is refused, saying what the column takes. */
    @Test
    void aTickBoxOutsideAYesNoColumnIsRefusedSayingWhatTheColumnTakes() throws Exception {
        Cli cli = office("tick");
        Path file = fixture("births-boolean.xlsx");

        assertEquals(List.of(file + ":2: 婴儿性别: \"TRUE\" is a TRUE/FALSE cell (a tick box, or the answer of a formula),"
                + " which only a yes/no column (Y/N, 是/否) takes: as a value of 婴儿性别 it is not one of M 男, F 女",
                file + ":3: 婴儿姓名: \"FALSE\" is a TRUE/FALSE cell (a tick box, or the answer of a formula), which only"
                + " a yes/no column (Y/N, 是/否) takes: 婴儿姓名 holds text: format the column 婴儿姓名 as text and type the"
                + " value again"), refused(cli, "births", file));
        String zh = cli.run("import", "births", file.toString(), "--lang", "zh").err();
        assertTrue(zh.contains(":2: 婴儿性别: \"TRUE\" 是 TRUE/FALSE 格（复选框，或公式的结果），只有“是/否”列（Y/N、是/否）可以用："
                + "作为 婴儿性别 的值，它不是可选的值（M 男、F 女）"), zh);
    }

    /**
     * A spreadsheet keeps a merged cell's value in its first cell: the rows below are told they
     * are part of the merged range, not that a value is missing; nothing is taken.
     */
    @Test
    void aCellMergedDownOverRowsIsSaidByItsRange() throws Exception {
        Cli cli = office("merged");
        Path file = fixture("visits-merged.xlsx");
        String merged = ": is part of the merged cell %s, whose value Excel and WPS keep in %s only, so this row has"
                + " none: unmerge the cells (取消合并单元格) and fill the value into each row";

        assertEquals(List.of(file + ":3: 户号" + merged.formatted("A2:A4", "A2"), file + ":3: 村居代码"
                + merged.formatted("B2:B4", "B2"), file + ":4: 户号" + merged.formatted("A2:A4", "A2"), file
                + ":4: 村居代码" + merged.formatted("B2:B4", "B2")), refused(cli, "visits", file));
        String zh = cli.run("import", "visits", file.toString(), "--lang", "zh").err();
        assertTrue(zh.contains(":3: 村居代码: 属于合并单元格 B2:B4，Excel 和 WPS 只在 B2 里保存它的值，本行没有值：请取消合并单元格，"
                + "再把值填到每一行"), zh);
        Cli.Result skipping = cli.run("import", "visits", file.toString(), "--skip-invalid");
        assertEquals(0, skipping.code(), skipping.err());
        assertEquals(2, exported(cli, "visits", dir).lines().count() - 1, "rows 2 and 5; rows 3 and 4 set aside");
    }

    @Test
    void aNumberInAFixedFormatIsEveryDigitItShows() {
        NumberFormat zero = NumberFormat.of(165, "0");
        NumberFormat money = NumberFormat.of(2, null);
        NumberFormat grouped = NumberFormat.of(171, "#,##0.00");
        NumberFormat yuan = NumberFormat.of(172, "0.00\\元");
        NumberFormat padded = NumberFormat.of(173, "000000");
        NumberFormat optional = NumberFormat.of(174, "0.##");

        assertEquals("990101101201", ExcelNumbers.fixed(new BigDecimal("990101101201"), zero));
        assertEquals("3", ExcelNumbers.fixed(new BigDecimal("2.5"), zero), "half away from zero, as Excel rounds");
        assertEquals("300.50", ExcelNumbers.fixed(new BigDecimal("300.5"), money));
        assertEquals("1234567.89", ExcelNumbers.fixed(new BigDecimal("1234567.891"), grouped));
        assertEquals("1200.00", ExcelNumbers.fixed(new BigDecimal("1200"), yuan));
        assertEquals("000042", ExcelNumbers.fixed(new BigDecimal("42"), padded));
        assertEquals("300.5", ExcelNumbers.fixed(new BigDecimal("300.50"), optional));
        assertEquals("-3.00", ExcelNumbers.fixed(new BigDecimal("-3"), money));
        assertEquals(NumberFormat.GENERAL, NumberFormat.of(9, null), "a percent is read as General");
        assertEquals(NumberFormat.GENERAL, NumberFormat.of(49, "@"));
        assertEquals(NumberFormat.Kind.MONTH, NumberFormat.of(166, "yyyy\\年m\\月").kind());
        assertEquals(NumberFormat.Kind.MONTH, NumberFormat.of(17, null).kind(), "built-in mmm-yy");
        assertEquals(NumberFormat.Kind.MONTH, NumberFormat.of(57, null).kind(), "built-in yyyy年m月 of Chinese Excel");
        assertEquals(NumberFormat.Kind.MONTH, NumberFormat.of(176, "[$-804]yyyy\"年\"m\"月\";@").kind());
        assertEquals(NumberFormat.Kind.DATE, NumberFormat.of(177, "[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\"").kind());
        assertEquals(NumberFormat.Kind.DATE, NumberFormat.of(170, "yyyy/m/d").kind());
        assertEquals(NumberFormat.Kind.DATE, NumberFormat.of(178, "yyyy").kind(), "a year alone does not show the month");
        assertNotEquals(NumberFormat.Kind.MONTH, NumberFormat.of(58, null).kind(), "built-in m月d日 shows a day");
    }
}
