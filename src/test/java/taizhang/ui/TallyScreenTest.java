package taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Entry;
import taizhang.domain.Language;
import taizhang.domain.Period;
import taizhang.domain.Register;
import taizhang.storage.Database;
import taizhang.storage.RegisterStore;
import taizhang.tally.Closing;
import taizhang.tally.Column;
import taizhang.tally.Indicator;
import taizhang.tally.Report;
import taizhang.tally.Tally;

/** The tally screen on the virtual terminal, its figures checked against the tally engine. */
class TallyScreenTest {
    @TempDir
    Path dir;
    Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    /** The fixture office with births: east village two boys in November 2026 and one last November, west one girl. */
    private Driver open(int columns, int rows) throws Exception {
        db = Fixture.create(dir, 0);
        birth(Fixture.EAST, "M", "2026-11-02", "2026-11-05");
        birth(Fixture.EAST, "M", "2026-11-03", "2026-11-05");
        birth(Fixture.WEST, "F", "2026-11-04", "2026-11-06");
        birth(Fixture.EAST, "F", "2026-10-09", "2026-10-12");
        birth(Fixture.EAST, "F", "2025-11-09", "2025-11-12");
        return new Driver(db, Language.EN, columns, rows);
    }

    private long birth(String village, String sex, String born, String registered) {
        RegisterStore store = new RegisterStore(db);
        return db.write(h -> {
            try (RegisterStore.Inserter births = store.inserter(Register.BIRTHS, "t")) {
                LocalDate d = LocalDate.parse(born);
                births.insert(Entry.of(Register.BIRTHS, "child_name", "宝" + born, "child_sex", sex, "birth_date", d,
                        "birth_order", 1, "mother_name", "母" + born, "area_code", village, "place", "hospital",
                        "registered_on", LocalDate.parse(registered)));
            }
            return db.handle().createQuery("SELECT max(id) FROM birth").mapTo(Long.class).one();
        });
    }

    /** The figures on an area's line: the cells after its name, each without its flag mark. */
    private static List<String> cells(Driver d, String area) {
        for (String line : d.text().split("\n")) {
            String t = line.strip();
            if (t.startsWith(area + " ")) {
                return Arrays.stream(t.substring(area.length()).strip().split(" +"))
                        .map(c -> c.replaceAll("[!?v*]+$", "")).toList();
            }
        }
        throw new AssertionError(area + " is not on screen:\n" + d.text());
    }

    private static String report(Database db, String period, String area, String column) {
        return new Tally(db).report(Period.parse(period), null).row(area).text(Column.byId(column));
    }

    @Test
    void opensFromHomeByOneKeyWithItsLegend() throws Exception {
        Driver d = open(80, 24);
        assertTrue(d.legend().contains("ttally"), d.legend());
        d.type("t");
        assertTrue(d.app.top() instanceof TallyView, d.text());
        assertTrue(d.row(0).contains("Tally 2026-11 (month)"), d.row(0));
        for (String s : new String[] {"[prev", "]next", "tnow", "mkind", "plast yr", "ssort", "Escback"}) {
            assertTrue(d.legend().contains(s), s + " in " + d.legend());
        }
        String text = d.text();
        // Tree order as in the CSV report: the villages, their township's total, the county last.
        assertTrue(text.indexOf("东村") < text.indexOf("西村") && text.indexOf("西村") < text.indexOf("城关镇")
                && text.indexOf("城关镇") < text.indexOf("演示县"), text);
        assertTrue(d.row(21).startsWith("__________=#  东村 Births, 2025-12..2026-11"),
                "the sparkline (1 in October, 2 in November), above the status line: " + text);
        d.press(KeyType.Escape);
        assertTrue(d.app.top() instanceof HomeView);
    }

    @Test
    void bracketsStepThePeriodAndTGoesBackToTheCurrentOne() throws Exception {
        Driver d = open(80, 24);
        d.type("t").type("]");
        assertTrue(d.row(0).contains("Tally 2026-12"), d.row(0));
        d.type("[");
        assertTrue(d.row(0).contains("Tally 2026-11"), d.row(0));
        d.type("[[,");
        assertTrue(d.row(0).contains("Tally 2026-08"), d.row(0));
        assertEquals(report(db, "2026-08", Fixture.EAST, "births"), cells(d, "东村").get(0));
        d.type("t");
        assertTrue(d.row(0).contains("Tally 2026-11"), d.row(0));
        d.type("m");
        assertTrue(d.row(0).contains("Tally 2026-Q4 (quarter)"), d.row(0));
        assertEquals("3", cells(d, "东村").get(0), "two in November, one in October");
        d.type("m");
        assertTrue(d.row(0).contains("Tally 2026 (year)"), d.row(0));
        d.type("m");
        assertTrue(d.row(0).contains("Tally ytd:2026-11"), "no statistical year when it starts in January: "
                + d.row(0));
        d.type("m");
        assertTrue(d.row(0).contains("Tally 2026-11 (month)"), "back to months: " + d.row(0));
    }

    @Test
    void aVillagesFiguresAreTheReportsAndEnterListsTheRecordsBehindOne() throws Exception {
        Driver d = open(80, 24);
        d.type("t");
        assertEquals(report(db, "2026-11", Fixture.EAST, "births"), cells(d, "东村").get(0));
        assertEquals("2", cells(d, "东村").get(0));
        assertEquals(report(db, "2026-11", Fixture.WEST, "births"), cells(d, "西村").get(0));
        assertEquals("3", cells(d, "演示县").get(0));
        d.press(KeyType.Home).press(KeyType.Enter);     // 东村, births
        assertTrue(d.app.top() instanceof TableView, d.text());
        TableView list = (TableView) d.app.top();
        List<Long> ids = new Tally(db).drillDown(Indicator.BIRTHS, Fixture.EAST, Period.parse("2026-11"), false).ids();
        assertEquals(2, list.state().rows().size(), d.text());
        assertEquals(ids, list.state().rows().stream().map(r -> r.id()).toList());
        d.press(KeyType.Escape);
        assertTrue(d.app.top() instanceof TallyView);
        // The county's births: all three.
        d.press(KeyType.End).press(KeyType.Enter);
        assertEquals(3, ((TableView) d.app.top()).state().rows().size(), d.text());
    }

    @Test
    void exportingTheRecordsBehindAFigureWritesThoseRecordsOnlyAndSaysSoInTheAuditTrail() throws Exception {
        Driver d = open(80, 24);
        d.type("t").press(KeyType.Home).press(KeyType.Enter);     // 东村, births: the two boys of November
        List<Long> ids = new Tally(db).drillDown(Indicator.BIRTHS, Fixture.EAST, Period.parse("2026-11"), false).ids();
        assertEquals(2, ids.size());
        Path csv = dir.resolve("behind.csv");
        d.ctrl('e').press(KeyType.Backspace, 30).type(csv.toString()).press(KeyType.Enter);
        assertTrue(d.text().contains("Exported to " + csv), d.text());
        List<String> lines = List.of(java.nio.file.Files.readString(csv, java.nio.charset.StandardCharsets.UTF_8)
                .split("\n"));
        assertEquals("\uFEFFchild_name,child_sex,birth_date,birth_order,mother_id_number,mother_name,"
                + "father_id_number,area_code,place,certificate_no,registered_on", lines.get(0));
        assertEquals(List.of("宝2026-11-02,M,2026-11-02,1,,母2026-11-02,,990101101201,hospital,,2026-11-05",
                "宝2026-11-03,M,2026-11-03,1,,母2026-11-03,,990101101201,hospital,,2026-11-05"),
                lines.subList(1, lines.size()), "the two records behind the figure, not the whole register");
        String audit = db.handle().createQuery("SELECT action || ' ' || detail FROM audit ORDER BY seq DESC LIMIT 1")
                .mapTo(String.class).one();
        assertTrue(audit.startsWith("export "), audit);
        assertTrue(audit.contains("\"rows\":2"), "who took how many rows out: " + audit);
    }

    @Test
    void theLastYearToggleShowsPrevAndChangeColumns() throws Exception {
        Driver d = open(80, 24);
        d.type("t");
        assertFalse(d.text().contains("last yr\n") || d.row(3).contains("last yr"), d.text());
        d.type("p");
        assertTrue(d.row(3).contains("last yr") && d.row(3).contains("chg %"), d.text());
        List<String> east = cells(d, "东村");
        assertEquals(report(db, "2026-11", Fixture.EAST, "births_prev"), east.get(1));
        assertEquals("1", east.get(1));
        assertEquals("100.00", east.get(2), "2 against 1");
        d.type("p");
        assertFalse(d.row(3).contains("last yr"), d.text());
    }

    @Test
    void sortingMovesVillagesWithinTheirTownshipAndKeepsTheCountyLast() throws Exception {
        Driver d = open(80, 24);
        d.type("t").type("s");
        assertTrue(d.row(1).contains("by Births ascending"), d.row(1));
        String text = d.text();
        assertTrue(text.indexOf("西村") < text.indexOf("东村") && text.indexOf("东村") < text.indexOf("城关镇")
                && text.indexOf("城关镇") < text.indexOf("演示县"), text);
        d.type("s");
        text = d.text();
        assertTrue(text.indexOf("东村") < text.indexOf("西村"), text);
        d.type("s");
        assertFalse(d.row(1).contains("by Births"), "a third press goes back to tree order");
    }

    @Test
    void aClosedMonthShowsItsFrozenFiguresAndCTheCurrentOnesWithWhatWasEnteredSince() throws Exception {
        Driver d = open(80, 24);
        new Closing(new Tally(db)).close(YearMonth.of(2026, 10), Fixture.TODAY, Clock.systemUTC());
        long late = birth(Fixture.EAST, "M", "2026-10-20", "2026-11-02");
        d.type("t").type("[");
        assertTrue(d.row(0).contains("closed on 2026-") && d.row(0).contains(taizhang.testing.Admin.OWNER.login()), d.row(0));
        assertTrue(d.row(1).contains("frozen figures"), d.row(1));
        assertEquals("1", cells(d, "东村").get(0), "the frozen figure: " + d.text());
        assertEquals("2", report(db, "2026-10", Fixture.EAST, "births"));
        d.type("c");
        assertEquals("2", cells(d, "东村").get(0), "the current figure: " + d.text());
        assertTrue(d.text().contains("2*"), "marked as changed since closing: " + d.text());
        assertTrue(d.text().contains("Births entered since closing: 1"), d.text());
        d.press(KeyType.Home).press(KeyType.Enter);
        TableView list = (TableView) d.app.top();
        assertEquals(List.of(late), list.state().rows().stream().map(r -> r.id()).toList());
        d.press(KeyType.Escape).type("c");
        assertEquals("1", cells(d, "东村").get(0), "back to the frozen figure");
        d.type("]");
        assertFalse(d.row(0).contains("closed on"), "November is not closed: " + d.row(0));
    }

    @Test
    void homeCountsTheMonthsNotClosedWithTheTallysOwnRule() throws Exception {
        db = Fixture.create(dir, 0);
        new Closing(new Tally(db)).close(YearMonth.of(2026, 10), Fixture.TODAY, Clock.systemUTC());
        Driver d = new Driver(db, Language.EN, 80, 24);
        List<YearMonth> open = new Closing(new Tally(db)).notClosed(Fixture.TODAY, 12);
        assertEquals(11, open.size());
        assertTrue(d.text().contains("11 months not closed"), d.text());
    }

    @Test
    void resizingRedrawsWithMoreColumnsAndBack() throws Exception {
        Driver d = open(80, 24);
        d.type("t");
        int narrow = cells(d, "东村").size();
        d.resize(120, 40);
        assertTrue(d.legend().contains("[prev"), d.text());
        assertTrue(d.row(0).contains("Tally 2026-11"));
        assertTrue(cells(d, "东村").size() > narrow, "a wider terminal shows more indicators: " + d.text());
        d.resize(80, 24);
        assertTrue(d.legend().contains("[prev"), d.text());
        assertEquals(narrow, cells(d, "东村").size(), d.text());
        assertEquals("2", cells(d, "东村").get(0));
    }

    @Test
    void rightMovesTheSelectedColumnAndScrollsTheIndicators() throws Exception {
        Driver d = open(80, 24);
        d.type("t");
        assertTrue(d.row(2).contains("Births"), d.row(2));
        for (int i = 0; i < Indicator.values().length; i++) {
            d.press(KeyType.ArrowRight);
        }
        assertFalse(d.row(2).contains("Births"), "scrolled to the last indicators: " + d.row(2));
        assertTrue(d.text().contains("Households"), d.text());
        d.press(KeyType.Tab, 0).press(KeyType.ReverseTab, Indicator.values().length);
        assertTrue(d.row(2).contains("Births"), d.row(2));
    }

    @Test
    void chineseScreenFitsAndNamesEveryKey() throws Exception {
        db = Fixture.create(dir, 0);
        Driver d = new Driver(db, Language.ZH, 80, 24);
        d.type("t");
        assertTrue(d.row(0).contains("统计表 2026-11"), d.row(0));
        assertTrue(d.legend().contains("[上期") && d.legend().contains("]下期"), d.legend());
        Report r = new Tally(db).report(Period.parse("2026-11"), null);
        assertEquals(r.row(Fixture.EAST).text(Column.byId("births")), cells(d, "东村").get(0));
    }

    /** The foreground colour of the cell where {@code s} starts on row r. */
    private static com.googlecode.lanterna.TextColor colour(Driver d, int r, String s) {
        return d.terminal.getCharacter(d.columnOf(r, s), r).getForegroundColor();
    }

    private static int rowOf(Driver d, String area) {
        String[] lines = d.text().split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(area + " ")) {
                return i;
            }
        }
        throw new AssertionError(area);
    }

    @Test
    void theSexRatioIsFlaggedRedOnEnoughBirthsAndMarkedWithItsIntervalOnFew() throws Exception {
        Driver d = open(80, 24);
        birth(Fixture.EAST, "F", "2026-11-07", "2026-11-08");   // east: 2 boys, 1 girl: 200.0
        d.type("t");
        int east = rowOf(d, "东村");
        assertTrue(d.row(east).contains("200.0?"), "3 births are fewer than srb_min_births: " + d.row(east));
        assertEquals(com.googlecode.lanterna.TextColor.ANSI.YELLOW, colour(d, east, "200.0?"));
        for (int i = 0; i < 6; i++) {
            d.press(KeyType.ArrowRight);                         // to the sex ratio column
        }
        Report r = new Tally(db).report(Period.parse("2026-11"), null);
        String interval = r.row(Fixture.EAST).text(Column.byId("srb_low")) + "-"
                + r.row(Fixture.EAST).text(Column.byId("srb_high"));
        assertTrue(d.row(20).contains("95% " + interval) && d.row(20).contains("few births"), d.row(20));
        new taizhang.storage.Settings(db).put(taizhang.storage.Settings.SRB_MIN_BIRTHS, "3");
        d.type("]").type("[");                                   // read again
        assertTrue(d.row(east).contains("200.0!"), d.row(east));
        d.press(KeyType.ArrowDown);                              // the selected cell is drawn reversed
        assertEquals(com.googlecode.lanterna.TextColor.ANSI.RED, colour(d, east, "200.0!"));
    }

    @Test
    void exportWritesTheShownPeriodAsTheReportDoes() throws Exception {
        Driver d = open(80, 24);
        d.type("t").ctrl('e');
        assertTrue(d.text().contains("report-2026-11.xlsx"), "the report command's default name: " + d.text());
        Path csv = dir.resolve("tally.csv");
        d.press(KeyType.Backspace, 30).type(csv.toString()).press(KeyType.Enter);
        assertTrue(d.text().contains("Exported to " + csv), d.text());
        String written = java.nio.file.Files.readString(csv, java.nio.charset.StandardCharsets.UTF_8);
        List<String> lines = List.of(written.split("\n"));
        assertTrue(lines.get(0).startsWith("\uFEFFarea_code,area_name,births,births_prev,births_change_pct,births_male,"),
                lines.get(0));
        assertEquals(List.of(Fixture.EAST, Fixture.WEST, "990101101", "990101"),
                lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList(), "tree order");
        // East: two boys this November against one girl last November; west: one girl.
        assertTrue(lines.get(1).startsWith(Fixture.EAST + ",东村,2,1,100.00,2,0,,0,1,-100.00,"), lines.get(1));
        assertTrue(lines.get(2).startsWith(Fixture.WEST + ",西村,1,0,,0,0,,1,0,,"), lines.get(2));
        assertTrue(lines.get(4).startsWith("990101,演示县,3,1,200.00,"), lines.get(4));
        taizhang.testing.Cli.Result report = new taizhang.testing.Cli(dir.resolve("office.db"))
                .run("report", "--period", "2026-11", "--format", "csv");
        assertEquals(report.out(), written, "what `taizhang report` writes, byte for byte");

        Path xlsx = dir.resolve("t.xlsx");
        d.press(KeyType.F5).press(KeyType.Backspace, 30).type(xlsx.toString()).press(KeyType.Enter);
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                xlsx.toFile())) {
            assertEquals(List.of("2026-11"), wb.getSheets().map(s -> s.getName()).toList());
            List<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().read();
            assertEquals(5, rows.size());
            assertEquals("Births", rows.get(0).getCell(2).asString());
            assertEquals(Fixture.EAST, rows.get(1).getCell(0).asString());
            assertEquals(0, new java.math.BigDecimal("2").compareTo(rows.get(1).getCell(2).asNumber()));
            assertEquals(0, new java.math.BigDecimal("100").compareTo(rows.get(1).getCell(4).asNumber()));
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            String notes = new String(zip.getInputStream(zip.getEntry("xl/comments1.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(notes.contains("sex ratio rests on few births"), "west's 0.0 on one birth: " + notes);
        }
    }
}
