package taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.tally.TallyFixture;

/** The report and close commands, as a clerk types them. */
class ReportCommandTest {
    /** SPEC 6's indicators in its table's order, each count followed by _prev and _change_pct. */
    static final String HEADER = "area_code,area_name,"
            + "births,births_prev,births_change_pct,births_male,births_male_prev,births_male_change_pct,"
            + "births_female,births_female_prev,births_female_change_pct,"
            + "births_order1,births_order1_prev,births_order1_change_pct,"
            + "births_order2,births_order2_prev,births_order2_change_pct,"
            + "births_order3plus,births_order3plus_prev,births_order3plus_change_pct,"
            + "srb,srb_order1,srb_order2,srb_order3plus,srb_low,srb_high,order3plus_pct,"
            + "population,population_prev,population_change_pct,cbr_permille,"
            + "late_births,late_births_prev,late_births_change_pct,timely_pct,"
            + "deaths,deaths_prev,deaths_change_pct,cdr_permille,natural_increase_permille,"
            + "first_marriages_women,first_marriages_women_prev,first_marriages_women_change_pct,"
            + "women_15_49,women_15_49_prev,women_15_49_change_pct,gfr_permille,"
            + "migrants_in,migrants_in_prev,migrants_in_change_pct,migrants_out,migrants_out_prev,"
            + "migrants_out_change_pct,migrant_complete_pct,"
            + "benefit_due_count,benefit_due_count_prev,benefit_due_count_change_pct,"
            + "benefit_paid_count,benefit_paid_count_prev,benefit_paid_count_change_pct,benefit_paid_count_pct,"
            + "benefit_due_amount,benefit_paid_amount,benefit_paid_amount_pct,"
            + "visits,visits_prev,visits_change_pct,households_visited,households_visited_prev,"
            + "households_visited_change_pct";

    static final String C = "990101";
    static final String TA = "990101101";
    static final String A1 = "990101101201";
    static final String A2 = "990101101202";
    static final String TB = "990101102";
    static final String B1 = "990101102201";

    @TempDir
    Path dir;
    Path db;
    String out;
    String err;

    @BeforeEach
    void county() {
        try (TallyFixture f = TallyFixture.create(dir, 1)) {
            // Inserted out of code order: the report orders by code.
            f.area(C, "示范县", null).area(TB, "乙镇", C).area(B1, "三村, 东", TB)
                    .area(TA, "甲镇", C).area(A2, "二村", TA).area(A1, "一村", TA);
            f.birth(A1, "M", "2026-10-05", 1, "2026-10-06");
            f.birth(A1, "F", "2026-10-05", 2, "2026-10-06");
            f.birth(B1, "F", "2026-10-07", 1, "2026-10-08");
            f.population(A1, "2026-01-01", 800);
            f.population(A2, "2026-01-01", 700);
        }
        db = dir.resolve("tally.db");
    }

    int run(String... args) {
        return runToday(null, args);
    }

    /** Runs with "today" fixed through TAIZHANG_TODAY, or the real one when {@code today} is null. */
    int runToday(String today, String... args) {
        java.util.Map<String, String> env = today == null ? java.util.Map.of("USER", "统计员")
                : java.util.Map.of("TAIZHANG_TODAY", today, "USER", "统计员");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Main.run(all, new PrintWriter(o), new PrintWriter(e), env, "tongji");
        out = o.toString();
        err = e.toString();
        return code;
    }

    private List<String> codes(String csv) {
        return Arrays.stream(csv.split("\n")).skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
    }

    @Test
    void csvHasTheHeaderAndTreeOrder() {
        assertEquals(0, run("report", "--period", "2026-10", "--format", "csv"), err);
        assertTrue(out.startsWith("\uFEFF" + HEADER + "\n"), out.substring(0, 200));
        assertTrue(!out.contains("\r"));
        assertTrue(out.endsWith("\n"));
        assertEquals(List.of(A1, A2, TA, B1, TB, C), codes(out.substring(1)));
        String[] lines = out.split("\n");
        for (String line : lines) {
            // Every row has every column (the one quoted name holds a comma).
            assertEquals(HEADER.split(",", -1).length, line.replace("\"三村, 东\"", "x").split(",", -1).length, line);
        }
        assertTrue(lines[1].startsWith(A1 + ",一村,2,0,,1,0,,1,0,,1,0,,1,0,,0,0,,100.0,,"), lines[1]);
        assertTrue(lines[4].startsWith(B1 + ",\"三村, 东\",1,"), lines[4]);
    }

    @Test
    void areaOptionNarrowsTheRows() {
        assertEquals(0, run("report", "--period", "2026-10", "--format", "csv", "--area", TA));
        assertEquals(List.of(A1, A2, TA), codes(out.substring(1)));
        assertEquals(0, run("report", "--period", "ytd:2026-10", "--format", "csv", "--area", B1));
        assertEquals(List.of(B1), codes(out.substring(1)));
    }

    @Test
    void csvToAFileIsUtf8WithBom() throws Exception {
        Path file = dir.resolve("r.csv");
        assertEquals(0, run("report", "--period", "2026-Q4", "--format", "csv", "--out", file.toString()));
        byte[] bytes = Files.readAllBytes(file);
        assertEquals((byte) 0xEF, bytes[0]);
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains(",示范县,3,"));
    }

    @Test
    void badInputExitsOneAndUsageTwo() {
        assertEquals(1, run("report", "--period", "2026-13"));
        assertTrue(err.contains("not a period"), err);
        assertEquals(1, run("report", "--period", "2026-10", "--area", "990101999999"));
        assertTrue(err.contains("no area with code 990101999999"), err);
        assertEquals(2, run("report"));
        assertEquals(2, run("report", "--period", "2026-10", "--format", "pdf"));
        db = dir.resolve("missing.db");
        assertEquals(1, run("report", "--period", "2026-10"));
        assertTrue(err.contains("no database at"), err);
    }

    /** The text table whole, as a clerk reads it: the ranked indicator's column is shown with its mark. */
    @Test
    void tableFitsEightyColumnsAndShowsTheColumnItRanksOn() {
        assertEquals(0, run("--lang", "zh", "report", "--period", "2026-10"));
        assertEquals("""
                统计表 2026-10  (2026-10-01 .. 2026-10-31)  990101 示范县
                代码         名称         出生  性别比   出生率‰   死亡  补报 发放率% 及时率%
                990101101201 一村            2   100.0?     2.50      0     0          100.00
                990101101202 二村            0              0.00      0     0
                990101101    甲镇            2   100.0?     1.33      0     0          100.00
                990101102201 三村, 东        1     0.0?               0     0          100.00
                990101102    乙镇            1     0.0?               0     0          100.00
                990101       示范县          3    50.0?               0     0          100.00

                ! 性别比超出正常范围 (103-107, 出生数≥200)
                ? 出生数少，性别比仅供参考 (出生数<200)
                v 排名末位: 及时登记率(%)
                另有 27 项指标及上年同期、同比见 --format csv 或 xlsx
                """, out);
        assertEquals(0, run("--lang", "en", "report", "--period", "2026-10", "--rank", "births"));
        assertEquals("""
                Tally 2026-10  (2026-10-01 .. 2026-10-31)  990101 示范县
                code         name       births      srb      cbr‰ deaths  late   paid%
                990101101201 一村            2    100.0?     2.50      0     0
                990101101202 二村            0v              0.00      0     0
                990101101    甲镇            2    100.0?     1.33      0     0
                990101102201 三村, 东        1      0.0?               0     0
                990101102    乙镇            1      0.0?               0     0
                990101       示范县          3     50.0?               0     0

                ! sex ratio outside the normal range (103-107, births >= 200)
                ? sex ratio rests on few births (births < 200)
                v ranks last: Births
                28 more indicators, last year and change in --format csv or xlsx
                """, out, "二村 has the fewest births: marked in the births column itself");
        for (String line : out.split("\n")) {
            assertTrue(taizhang.io.Width.of(line) <= 80, line);
        }
    }

    @Test
    void xlsxHasOneSheetPerPeriodWithNumberCells() throws Exception {
        Path file = dir.resolve("r.xlsx");
        assertEquals(0, run("--lang", "en", "report", "--period", "2026-10", "--period", "sy:2026", "--format", "xlsx",
                "--out", file.toString()), err);
        try (ReadableWorkbook wb = new ReadableWorkbook(new File(file.toString()))) {
            assertEquals(List.of("2026-10", "sy 2026"), wb.getSheets().map(s -> s.getName()).toList());
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals(7, rows.size());
            assertEquals("Births", rows.get(0).getCell(2).asString());
            Row a1 = rows.get(1);
            assertEquals(A1, a1.getCell(0).asString());
            assertEquals(CellType.NUMBER, a1.getCell(2).getType());
            assertEquals(0, new BigDecimal("2").compareTo(a1.getCell(2).asNumber()));
            int srb = HEADER.split(",").length - HEADER.substring(HEADER.indexOf(",srb,") + 1).split(",").length;
            assertEquals(0, new BigDecimal("100.0").compareTo(a1.getCell(srb).asNumber()));
            // srb of the township of B1 (no boys, one girl) is 0.0; srb_order1 of A1 is empty.
            org.dhatim.fastexcel.reader.Cell empty = a1.getCell(srb + 1);
            assertTrue(empty == null || empty.getType() == CellType.EMPTY, String.valueOf(empty));
        }
        // Frozen header row and area columns, A4 landscape, and the flag's note on its cell.
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(sheet.contains("xSplit=\"2\" ySplit=\"1\"") && sheet.contains("state=\"frozen\""), sheet);
            assertTrue(sheet.contains("paperSize=\"9\"") && sheet.contains("orientation=\"landscape\""));
            String notes = new String(zip.getInputStream(zip.getEntry("xl/comments1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(notes.contains("sex ratio rests on few births"), notes);
        }
    }

    @Test
    void closeRefusesAnOpenMonthThenFreezesAndReopens() {
        assertEquals(1, runToday("2026-10-31", "close", "--period", "2026-10"));
        assertTrue(err.contains("has not ended"), err);
        assertEquals(1, runToday("2026-11-01", "close", "--period", "2026-Q4"));
        assertEquals(0, runToday("2026-11-01", "close", "--period", "2026-10"), err);
        // When, as the report and the tally screen say it (not 2026-11-01T08:54:53.413Z).
        assertTrue(err.strip().matches("closed 2026-10 at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC by tongji"), err);
        assertEquals(1, runToday("2026-11-02", "close", "--period", "2026-10"));
        assertTrue(err.matches("(?s).*already closed \\(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC by tongji\\).*"), err);
        assertEquals(1, runToday("2026-11-02", "close", "--period", "2026-10", "--reopen"));
        assertEquals(0, runToday("2026-11-02", "close", "--period", "2026-10", "--reopen", "--reason", "更正"), err);
        assertEquals(0, runToday("2026-11-02", "close", "--period", "2026-10"), err);
    }

    @Test
    void aClosedMonthShowsItsFrozenFiguresBesideTheCurrentOnesAndTheRecordsRegisteredSince() throws Exception {
        assertEquals(0, runToday("2026-11-01", "close", "--period", "2026-10"), err);
        assertEquals(0, runToday("2026-11-01", "report", "--period", "2026-10", "--area", A1), err);
        assertTrue(out.contains("no figure has changed since closing"), out);

        Path late = Files.writeString(dir.resolve("late.csv"), "child_sex,birth_date,birth_order,mother_name,area_code,"
                + "registered_on\nF,2026-10-20,1,某母,990101101201,2026-11-02\n");
        assertEquals(0, runToday("2026-11-03", "import", "births", late.toString()), err);
        assertEquals(0, runToday("2026-11-03", "report", "--period", "2026-10", "--area", A1), err);

        assertTrue(out.lines().anyMatch(l -> l.matches("990101101201 一村 +3 .*")), "current figures: " + out);
        assertTrue(out.contains("2026-10 closed on "), out);
        assertTrue(out.contains(" by tongji"), out);
        assertTrue(out.contains("figures changed since closing (as closed -> now):"), out);
        assertTrue(out.contains("990101101201 一村: births 2 -> 3; births_female 1 -> 2;"), out);
        assertTrue(out.contains("registered after closing: births id 4"), out);
        assertEquals(0, runToday("2026-11-03", "report", "--period", "2026-10", "--area", A1, "--lang", "zh"), err);
        // A Chinese clerk reads the figures by the names the table and the workbook give them, not by their keys.
        assertTrue(out.contains("990101101201 一村: 出生数 2 -> 3; 女婴数 1 -> 2;"), out);
        assertTrue(out.contains("结账后登记的记录：出生 id 4"), out);

        assertEquals(0, runToday("2026-11-03", "report", "--period", "2026-10", "--area", A1, "--format", "csv"), err);
        assertTrue(out.lines().skip(1).findFirst().orElseThrow().startsWith("990101101201,一村,3,"),
                "the CSV carries the current figures only: " + out);
    }
}
