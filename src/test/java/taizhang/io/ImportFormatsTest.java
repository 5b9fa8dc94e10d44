package taizhang.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taizhang.testing.Ids.id;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.testing.Cli;
import taizhang.testing.Office;
import taizhang.testing.Snapshot;

class ImportFormatsTest {
    @TempDir
    Path dir;

    @Test
    void gb18030WithChineseHeadersAndCrlfIsDetected() throws Exception {
        Cli cli = Office.create(dir);
        String csv = "身份证号,姓名,性别,出生日期,村居代码,户籍类型,婚姻状况\r\n"
                + id("19900101", 2) + ",张𠮷,女,1990/1/1," + Office.V1 + ",户籍常住,已婚\r\n"
                + id("19850305", 1) + ",欧阳乐,男,19850305," + Office.V2 + ",流入,未婚\r\n";
        Path file = Office.write(dir.resolve("persons.csv"), csv, Encoding.GB18030);
        assertEquals(Encoding.GB18030, Encoding.detect(file));

        Cli.Result r = cli.run("import", "persons", file.toString());

        assertEquals(0, r.code(), r.err());
        assertEquals(2, Snapshot.count(cli.db(), "SELECT count(*) FROM person"));
        assertEquals(1, Snapshot.count(cli.db(), "SELECT count(*) FROM person WHERE name = '张𠮷' AND sex = 'F'"
                + " AND birth_date = '1990-01-01' AND residence = 'resident' AND marital_status = 'married'"));
        assertEquals(1, Snapshot.count(cli.db(), "SELECT count(*) FROM person WHERE name = '欧阳乐'"
                + " AND residence = 'inflow' AND birth_date = '1985-03-05'"));
    }

    /**
     * A large file is taken for UTF-8 on the word of its head ({@link Encoding#guess}); what lies
     * past the head must still decide, exactly as a scan of the whole file would have.
     */
    private Path asciiHeadThen(String last, java.nio.charset.Charset charset) throws Exception {
        return asciiHeadThen("", last, charset);
    }

    private Path asciiHeadThen(String mark, String last, java.nio.charset.Charset charset) throws Exception {
        StringBuilder csv = new StringBuilder(mark + "id_number,name,sex,birth_date,area_code,residence\n");
        int rows = 0;
        while (csv.length() <= Encoding.HEAD + 1000) {
            csv.append(",Li").append(rows++).append(",M,2000-01-01,").append(Office.V1).append(",resident\n");
        }
        csv.append(last);
        return Office.write(dir.resolve("persons.csv"), csv.toString(), charset);
    }

    @Test
    void aGb18030FileWhoseHeadIsPlainAsciiIsReadAsGb18030() throws Exception {
        Cli cli = Office.create(dir);
        Path file = asciiHeadThen(",欧阳乐,女,2001-02-03," + Office.V2 + ",流入\n", Encoding.GB18030);
        long lines = Files.readAllLines(file, Encoding.GB18030).size();

        Cli.Result r = cli.run("import", "persons", file.toString());

        assertEquals(0, r.code(), r.err());
        assertEquals(lines - 1, Snapshot.count(cli.db(), "SELECT count(*) FROM person"));
        assertEquals(1, Snapshot.count(cli.db(), "SELECT count(*) FROM person WHERE name = '欧阳乐' AND sex = 'F'"
                + " AND residence = 'inflow'"));
        assertEquals(1, Snapshot.count(cli.db(), "SELECT count(*) FROM audit WHERE action = 'import' AND register = 'persons'"),
                "one import, though the file was read twice");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "\uFEFF"})
    void aNulPastTheHeadRefusesTheFileAsNotText(String byteOrderMark) throws Exception {
        Cli cli = Office.create(dir);
        Path file = asciiHeadThen(byteOrderMark, ",Li\0Si,M,2000-01-01," + Office.V1 + ",resident\n",
                StandardCharsets.UTF_8);
        long line = Files.readAllLines(file).size();
        String before = Snapshot.of(cli.db());

        Cli.Result r = cli.run("import", "persons", file.toString());

        assertEquals(1, r.code());
        assertTrue(r.err().contains("NUL byte at line " + line + ")"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one message for the file, none for its rows: " + r.err());
        assertEquals(before, Snapshot.of(cli.db()));
    }

    @Test
    void bytesPastTheHeadInNeitherEncodingRefuseTheFile() throws Exception {
        Cli cli = Office.create(dir);
        Path file = asciiHeadThen(",Li\u00e9,M,2000-01-01," + Office.V1 + ",resident\n", StandardCharsets.ISO_8859_1);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 40] = (byte) 0xFF;   // 0xFF begins nothing in UTF-8 or GB18030
        Files.write(file, bytes);
        String before = Snapshot.of(cli.db());

        Cli.Result r = cli.run("import", "persons", file.toString());

        assertEquals(1, r.code());
        assertTrue(r.err().contains("is not a CSV file in UTF-8 or GB18030: line "), r.err());
        assertEquals(before, Snapshot.of(cli.db()));
    }

    @Test
    void aByteOrderMarkSaysUtf8SoABadBytePastTheHeadIsNamedInItsCell() throws Exception {
        Cli cli = Office.create(dir);
        Path file = asciiHeadThen("\uFEFF", ",Li\u00e9,M,2000-01-01," + Office.V1 + ",resident\n", StandardCharsets.UTF_8);
        byte[] bytes = Files.readAllBytes(file);
        int at = bytes.length - 1;
        while (bytes[at] != (byte) 0xC3) {   // é, in the last row
            at--;
        }
        bytes[at] = (byte) 0xFF;   // begins nothing in UTF-8
        Files.write(file, bytes);
        long line = Files.readAllLines(file, StandardCharsets.ISO_8859_1).size();

        Cli.Result r = cli.run("import", "persons", file.toString());

        assertEquals(1, r.code());
        assertTrue(r.err().contains(":" + line + ": name: "), r.err());
        assertTrue(r.err().contains("UTF-8"), r.err());
        assertEquals(0, Snapshot.count(cli.db(), "SELECT count(*) FROM person"));
    }

    @Test
    void utf8WithBomReadsItsFirstHeader() throws Exception {
        Cli cli = Office.create(dir);
        byte[] body = ("id_number,name,sex,birth_date,area_code,residence\n,李雷,M,2020-05-06," + Office.V1
                + ",resident\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Path file = Files.write(dir.resolve("persons.csv"), withBom);

        Cli.Result r = cli.run("import", "persons", file.toString());

        assertEquals(0, r.code(), r.err());
        assertEquals(1, Snapshot.count(cli.db(), "SELECT count(*) FROM person WHERE id_number IS NULL"));
    }

    @Test
    void everyDateSpellingImportsAsTheSameDate() throws Exception {
        Cli cli = Office.create(dir);
        StringBuilder csv = new StringBuilder("household_no,area_code,visit_date,visitor\n");
        for (String d : new String[] {"2026-03-05", "2026/3/5", "2026.3.5", "20260305", "2026年3月5日"}) {
            csv.append("H1,").append(Office.V1).append(',').append(d).append(",赵工\n");
        }
        Path file = Office.write(dir.resolve("visits.csv"), csv.toString());

        assertEquals(0, cli.run("import", "visits", file.toString()).code());
        assertEquals(5, Snapshot.count(cli.db(), "SELECT count(*) FROM visit WHERE visit_date = '2026-03-05'"));
    }

    @Test
    void twinsAreTwoBirthsButARepeatedRowIsADuplicate() throws Exception {
        Cli cli = Office.create(dir);
        String mother = id("19950505", 4);
        String header = "child_name,child_sex,birth_date,birth_order,mother_id_number,mother_name,area_code,"
                + "registered_on\n";
        Path twins = Office.write(dir.resolve("births.csv"), header
                + "大宝,M,2026-03-01,1," + mother + ",李娜," + Office.V1 + ",2026-03-10\n"
                + "二宝,M,2026-03-01,2," + mother + ",李娜," + Office.V1 + ",2026-03-10\n");
        assertEquals(0, cli.run("import", "births", twins.toString()).code());
        assertEquals(2, Snapshot.count(cli.db(), "SELECT count(*) FROM birth"));

        Path again = Office.write(dir.resolve("again.csv"), header
                + "三宝,F,2026-04-01,3,," + "王丽," + Office.V1 + ",2026-04-10\n"
                + "大宝,M,2026-03-01,1," + mother + ",李娜," + Office.V1 + ",2026-03-10\n");
        Cli.Result r = cli.run("import", "births", again.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(again + ":3: child_name: \"大宝\" duplicates a birth already registered"),
                r.err());
        assertEquals(2, Snapshot.count(cli.db(), "SELECT count(*) FROM birth"));
    }

    @Test
    void anIdNumberOfAnEarlierRowOfTheFileIsToldApartFromOneInTheRegister() throws Exception {
        Cli cli = Office.create(dir);
        String header = "id_number,name,sex,birth_date,area_code,residence\n";
        String row = id("19900101", 2) + ",王芳,F,1990-01-01," + Office.V1 + ",resident\n";
        Path file = Office.write(dir.resolve("persons.csv"), header + row + row.replace("王芳", "王芳芳"));
        Cli.Result r = cli.run("import", "persons", file.toString());
        assertEquals(1, r.code());
        assertEquals(file + ":3: id_number: \"" + id("19900101", 2) + "\" already belongs to a living person on an"
                + " earlier line of this file\n", r.err());
        assertEquals(0, cli.run("import", "persons", Office.write(dir.resolve("one.csv"), header + row).toString())
                .code());
        Cli.Result again = cli.run("import", "persons", file.toString());
        assertEquals(file + ":2: id_number: \"" + id("19900101", 2) + "\" already belongs to a living person in the"
                + " register\n" + file + ":3: id_number: \"" + id("19900101", 2) + "\" already belongs to a living"
                + " person in the register\n", again.err());
    }

    @Test
    void aRowRepeatingAnEarlierRowOfTheFileNamesThatLineNotTheRegister() throws Exception {
        Cli cli = Office.create(dir);
        String mother = id("19950505", 4);
        Path file = Office.write(dir.resolve("births.csv"), "child_name,child_sex,birth_date,birth_order,"
                + "mother_id_number,mother_name,area_code,registered_on\n"
                + "大宝,M,2026-03-01,1," + mother + ",李娜," + Office.V1 + ",2026-03-10\n"
                + "三宝,F,2026-04-01,3,,王丽," + Office.V1 + ",2026-04-10\n"
                + "大宝,M,2026-03-01,1," + mother + ",李娜," + Office.V1 + ",2026-03-10\n");
        String before = Snapshot.of(cli.db());
        Cli.Result r = cli.run("import", "births", file.toString());
        assertEquals(1, r.code());
        assertEquals(file + ":4: child_name: \"大宝\" duplicates the birth on line 2 of this file: same mother,"
                + " birth date 2026-03-01, child name and sex\n", r.err());
        assertEquals(before, Snapshot.of(cli.db()));
        Cli.Result zh = cli.run("import", "births", file.toString(), "--lang", "zh");
        assertTrue(zh.err().contains(":4: child_name: \"大宝\" 与本文件第 2 行的出生重复"), zh.err());
    }

    @Test
    void youngMotherIsAWarningThatDoesNotBlock() throws Exception {
        Cli cli = Office.create(dir);
        String mother = id("20121001", 2);
        Path file = Office.write(dir.resolve("births.csv"), "child_sex,birth_date,birth_order,mother_id_number,"
                + "mother_name,area_code,registered_on\nF,2026-03-01,1," + mother + ",小红," + Office.V1
                + ",2026-03-10\n");

        Cli.Result r = cli.run("import", "births", file.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(file + ":2: warning: mother_id_number: \"" + mother + "\" makes the mother 13"),
                r.err());
        assertEquals(1, Snapshot.count(cli.db(), "SELECT count(*) FROM birth"));
    }

    @Test
    void skipInvalidImportsTheRestAndWritesRejectedRowsWithReasons() throws Exception {
        Cli cli = Office.create(dir);
        Path file = Office.write(dir.resolve("persons.csv"), "name,sex,birth_date,area_code,residence\n"
                + "甲,M,2001-01-01," + Office.V1 + ",resident\n"
                + "乙,M,2001-02-30," + Office.V1 + ",resident\n"
                + "丙,F,2001-03-01," + Office.V2 + ",resident\n");

        Cli.Result r = cli.run("import", "persons", file.toString(), "--skip-invalid");

        assertEquals(0, r.code(), r.err());
        assertEquals(2, Snapshot.count(cli.db(), "SELECT count(*) FROM person"));
        Path rejects = dir.resolve("persons.rejected.csv");
        String text = Files.readString(rejects, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFline,name,sex,birth_date,area_code,residence,errors\n"), text);
        assertTrue(text.contains("3,乙,M,2001-02-30,"), text);
        assertTrue(text.contains("birth_date: \"\"2001-02-30\"\" is not a real date"), text);
    }

    @Test
    void dryRunChecksButWritesNothing() throws Exception {
        Cli cli = Office.create(dir);
        String before = Snapshot.of(cli.db());
        Path file = Office.write(dir.resolve("persons.csv"), "name,sex,birth_date,area_code,residence\n"
                + "甲,M,2001-01-01," + Office.V1 + ",resident\n");

        Cli.Result r = cli.run("import", "persons", file.toString(), "--dry-run");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("dry run"), r.out());
        assertEquals(before, Snapshot.of(cli.db()));
        assertFalse(Files.exists(dir.resolve("persons.rejected.csv")));
    }

    @Test
    void aDeathSetsThePersonsDeathDateAndADifferentDateIsRefused() throws Exception {
        Cli cli = Office.create(dir);
        String person = oldZhang(cli);
        String header = "id_number,name,sex,death_date,area_code,registered_on\n";
        Path death = Office.write(dir.resolve("d.csv"), header + person + ",老张,M,2026-02-01," + Office.V1
                + ",2026-02-03\n");
        assertEquals(0, cli.run("import", "deaths", death.toString()).code());
        assertEquals(1, Snapshot.count(cli.db(), "SELECT count(*) FROM person WHERE died_on = '2026-02-01'"));

        Path other = Office.write(dir.resolve("d2.csv"), header + person + ",老张,M,2026-02-02," + Office.V1
                + ",2026-02-03\n");
        Cli.Result r = cli.run("import", "deaths", other.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("death_date: \"2026-02-02\" differs from the death date 2026-02-01"), r.err());
    }

    @Test
    void aSecondDeathOfOnePersonInOneFileIsToldAsOnAnEarlierLineNotAsRegistered() throws Exception {
        Cli cli = Office.create(dir);
        String person = oldZhang(cli);
        String before = Snapshot.of(cli.db());
        Path deaths = Office.write(dir.resolve("d.csv"), "id_number,name,sex,death_date,area_code,registered_on\n"
                + person + ",老张,M,2026-02-01," + Office.V1 + ",2026-02-03\n"
                + person + ",老张,M,2026-02-02," + Office.V1 + ",2026-02-03\n");

        Cli.Result r = cli.run("import", "deaths", deaths.toString());

        assertEquals(1, r.code());
        assertTrue(r.err().contains(deaths + ":3: death_date: \"2026-02-02\" differs from the death date 2026-02-01"
                + " on an earlier line of this file for ID number " + person), r.err());
        assertEquals(before, Snapshot.of(cli.db()));
        Cli.Result zh = cli.run("--lang", "zh", "import", "deaths", deaths.toString());
        assertTrue(zh.err().contains("本文件前面某行"), zh.err());
    }

    /** Registers a living man born in 1940 in village V1; his ID number. */
    private String oldZhang(Cli cli) throws Exception {
        String person = id("19400101", 1);
        cli.run("import", "persons", Office.write(dir.resolve("p.csv"), "id_number,name,sex,birth_date,area_code,"
                + "residence\n" + person + ",老张,M,1940-01-01," + Office.V1 + ",resident\n").toString());
        return person;
    }

    @Test
    void lineNumbersArePhysicalLinesEvenAfterAQuotedLineBreak() throws Exception {
        Cli cli = Office.create(dir);
        Path file = Office.write(dir.resolve("visits.csv"), "household_no,area_code,visit_date,visitor,notes\n"
                + "H1," + Office.V1 + ",2026-03-05,赵工,\"two\nlines\"\n"
                + "H2," + Office.V1 + ",2026-02-30,赵工,x");

        Cli.Result r = cli.run("import", "visits", file.toString());

        assertEquals(1, r.code());
        assertTrue(r.err().startsWith(file + ":4: visit_date: \"2026-02-30\""), r.err());
    }

    @Test
    void anUnclosedQuoteIsAnErrorAtItsLineNotACrash() throws Exception {
        Cli cli = Office.create(dir);
        String before = Snapshot.of(cli.db());
        Path file = Office.write(dir.resolve("visits.csv"), "household_no,area_code,visit_date,visitor,notes\n"
                + "H1," + Office.V1 + ",2026-03-05,赵工,ok\n"
                + "H2," + Office.V1 + ",2026-03-06,赵工,\"never closed\n"
                + "H3," + Office.V1 + ",2026-03-07,赵工,x\n");

        Cli.Result r = cli.run("import", "visits", file.toString());

        assertEquals(1, r.code());
        assertTrue(r.err().startsWith(file + ":3: notes: \"never closed\\x0aH3,"), r.err());
        assertTrue(r.err().contains("a quote opened here is never closed: lines 3 to 4, the rest of the file, are inside"
                + " it"), r.err());
        assertEquals(before, Snapshot.of(cli.db()));
    }

    @Test
    void bytesTheNamedEncodingCannotReadAreNamedByLineAndColumn() throws Exception {
        Cli cli = Office.create(dir);
        Path file = Office.write(dir.resolve("gb.csv"), "name,sex,birth_date,area_code,residence\n"
                + "甲,M,2001-01-01," + Office.V1 + ",resident\n", Encoding.GB18030);

        Cli.Result r = cli.run("import", "persons", file.toString(), "--encoding", "utf-8");

        assertEquals(1, r.code());
        assertEquals(file + ":2: name: \"\\uffff\\uffff\" holds bytes that are not UTF-8 (the file may be in another"
                + " encoding: try --encoding)", r.errLines().get(0));
        Path utf8 = Office.write(dir.resolve("mixed.csv"), "name,sex,birth_date,area_code,residence\n"
                + "甲,M,2001-01-01," + Office.V1 + ",resident\n");
        byte[] bytes = Files.readAllBytes(utf8);
        bytes[bytes.length - 30] = (byte) 0xFF; // inside the birth date of line 2
        Files.write(utf8, bytes);

        Cli.Result bad = cli.run("import", "persons", utf8.toString(), "--encoding", "utf-8");

        assertEquals(1, bad.code());
        assertTrue(bad.err().contains(utf8 + ":2: birth_date: \"200\\uffff-01-01\" holds bytes"), bad.err());
        assertTrue(bad.err().contains("holds bytes that are not UTF-8 (the file may be in another encoding: try"
                + " --encoding)"), bad.err());
    }

    /** Enough rows to pass the size at which an import builds its indexes afterwards. */
    private Path largePersons(String name, String lastRow) throws Exception {
        StringBuilder b = new StringBuilder("id_number,name,sex,birth_date,area_code,household_no,residence\n");
        for (int i = 0; i < 70_000; i++) {
            String body = "990101" + (1940 + i % 80) + "0101" + String.format("%03d", i / 80);
            b.append(body).append(taizhang.testing.Ids.check(body)).append(",名").append(i).append(',')
                    .append(i / 80 % 2 == 1 ? "M" : "F").append(',').append(1940 + i % 80).append("-01-01,")
                    .append(Office.V1).append(",H").append(i).append(",resident\n");
        }
        return Office.write(dir.resolve(name), b + lastRow);
    }

    private String personIndexes(Cli cli) throws Exception {
        StringBuilder names = new StringBuilder();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
             var rs = c.createStatement().executeQuery("SELECT name, sql FROM sqlite_master WHERE tbl_name = 'person'"
                     + " ORDER BY name")) {
            while (rs.next()) {
                names.append(rs.getString(1)).append(':').append(rs.getString(2)).append('\n');
            }
        }
        return names.toString();
    }

    @Test
    void aLargeImportWithOneBadRowLeavesTableAndIndexesAsTheyWere() throws Exception {
        Cli cli = Office.create(dir);
        String before = Snapshot.of(cli.db());
        String indexes = personIndexes(cli);
        Path file = largePersons("big.csv", ",坏,M,2001-02-30," + Office.V1 + ",H,resident\n");
        assertTrue(Files.size(file) > 4_000_000);

        Cli.Result r = cli.run("import", "persons", file.toString());

        assertEquals(1, r.code());
        assertTrue(r.err().contains(file + ":70002: birth_date: \"2001-02-30\" is not a real date"), r.err());
        assertEquals(before, Snapshot.of(cli.db()));
        assertEquals(indexes, personIndexes(cli));
    }

    @Test
    void aLargeImportRebuildsEveryIndexAndStillRefusesADuplicateLivingId() throws Exception {
        Cli cli = Office.create(dir);
        String indexes = personIndexes(cli);
        Path file = largePersons("big.csv", "");

        assertEquals(0, cli.run("import", "persons", file.toString()).code());
        assertEquals(indexes, personIndexes(cli));
        assertEquals(70_000, Snapshot.count(cli.db(), "SELECT count(*) FROM person"));
        assertEquals(0, cli.run("check").code());

        Path again = Office.write(dir.resolve("one.csv"), "id_number,name,sex,birth_date,area_code,residence\n"
                + "990101194001010000".substring(0, 17) + taizhang.testing.Ids.check("99010119400101000")
                + ",重,F,1940-01-01," + Office.V1 + ",resident\n");
        Cli.Result r = cli.run("import", "persons", again.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("already belongs to a living person"), r.err());
    }

    @Test
    void aRowOfTheWrongWidthIsAnErrorAtItsLine() throws Exception {
        Cli cli = Office.create(dir);
        String before = Snapshot.of(cli.db());
        Path file = Office.write(dir.resolve("population.csv"), "area_code,as_of,population\n"
                + Office.V1 + ",2026-01-01,100\n" + Office.V2 + ",2026-01-01,100,extra\n");

        Cli.Result r = cli.run("import", "population", file.toString());

        assertEquals(1, r.code());
        assertTrue(r.err().contains(file + ":3: the row has 4 cells but the header has 3"), r.err());
        assertEquals(before, Snapshot.of(cli.db()));
    }
}
