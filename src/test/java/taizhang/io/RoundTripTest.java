package taizhang.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taizhang.testing.Ids.id;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.testing.Cli;
import taizhang.testing.Office;

class RoundTripTest {
    @TempDir
    Path dir;

    /** One file per register, in Chinese headers and loose spellings where the SPEC allows them. */
    static Map<String, String> registers() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("schemes", "code,name,yearly_amount\nchildcare,育儿补贴,3600\nelder_care,高龄津贴,1200.5\n");
        files.put("persons", "身份证号,姓名,性别,出生日期,村居代码,户号,户籍类型,婚姻状况,电话,死亡日期\n"
                + id("19900101", 2) + ",张𠮷,女,1990/1/1," + Office.V1 + ",H001,户籍常住,已婚,13800000000,\n"
                + ",\"欧阳, 乐\",M,2024-02-29," + Office.V2 + ",H002,inflow,,,\n"
                + id("19400101", 1) + ",老张,M,1940-01-01," + Office.V3 + ",,outflow,widowed,,2025-12-31\n");
        files.put("births", "child_name,child_sex,birth_date,birth_order,mother_id_number,mother_name,"
                + "father_id_number,area_code,place,certificate_no,registered_on\n"
                + "小明,M,2026-03-01,1," + id("19950505", 4) + ",李娜," + id("19930303", 5) + "," + Office.V1
                + ",医院,P001,2026-03-10\n,F,2025-12-31,3,,王丽,," + Office.V3 + ",,,2026-01-05\n");
        files.put("deaths", "id_number,name,sex,death_date,area_code,registered_on\n" + id("19300101", 3)
                + ",李老,M,2026-01-01," + Office.V1 + ",2026-01-02\n,无名,F,2026-02-02," + Office.V2 + ",2026-02-03\n");
        files.put("marriages", "woman_id_number,woman_name,man_id_number,man_name,marriage_date,"
                + "first_marriage_woman,area_code,registered_on\n" + id("19980808", 6) + ",刘女," + id("19970707", 7)
                + ",陈男,2026-05-20,是," + Office.V1 + ",2026-05-20\n,赵女,,钱男,2026-06-01,N," + Office.V3
                + ",2026-06-01\n");
        files.put("migrations", "id_number,name,sex,birth_date,direction,move_date,area_code,counterpart,"
                + "registered_on\n" + id("20000101", 9) + ",孙流,M,2000-01-01,in,2026-04-01," + Office.V2
                + ",广东省深圳市,2026-04-02\n,周出,F,,流出,2026-04-03," + Office.V2 + ",,2026-04-03\n");
        files.put("benefits", "id_number,name,area_code,scheme,month,amount_due,amount_paid,paid_on\n"
                + id("19900101", 2) + ",张𠮷," + Office.V1 + ",childcare,2026-10,300,300.00,2026-10-15\n"
                + ",张𠮷," + Office.V1 + ",childcare,2026-10,300,150.5,\n"
                + ",张𠮷," + Office.V1 + ",childcare,2026-10,300,150.5,\n");
        files.put("visits", "household_no,area_code,visit_date,visitor,purpose,notes\nH001," + Office.V1
                + ",2026-10-02,赵工,慰问,\"说明: 第一行\n第二行\"\n," + Office.V2 + ",2026-10-03,钱工,,\n");
        files.put("population", "area_code,as_of,population\n" + Office.V1 + ",2026-01-01,1200\n" + Office.V2
                + ",2026-01-01,800\n");
        return files;
    }

    private Cli loaded(String name) throws Exception {
        Path sub = Files.createDirectories(dir.resolve(name));
        Cli cli = Office.create(sub);
        for (Map.Entry<String, String> f : registers().entrySet()) {
            Path file = Office.write(sub.resolve(f.getKey() + ".csv"), f.getValue());
            Cli.Result r = cli.run("import", f.getKey(), file.toString());
            assertEquals(0, r.code(), f.getKey() + ": " + r.err());
        }
        return cli;
    }

    @Test
    void exportImportExportGivesTheSameFiles() throws Exception {
        Cli first = loaded("first");
        Path second = Files.createDirectories(dir.resolve("second"));
        Cli fresh = Office.create(second);
        for (String register : registers().keySet()) {
            Path exported = dir.resolve(register + ".1.csv");
            assertEquals(0, first.run("export", register, "--out", exported.toString()).code());
            Cli.Result r = fresh.run("import", register, exported.toString());
            assertEquals(0, r.code(), register + ": " + r.err());
            Path again = dir.resolve(register + ".2.csv");
            assertEquals(0, fresh.run("export", register, "--out", again.toString()).code());
            assertEquals(Files.readString(exported), Files.readString(again), register);
        }
    }

    @Test
    void exportWritesCanonicalSpellingsWithBomAndLf() throws Exception {
        Cli cli = loaded("one");
        Path out = dir.resolve("persons.csv");
        assertEquals(0, cli.run("export", "persons", "--out", out.toString()).code());
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals("\uFEFFid_number,name,sex,birth_date,area_code,household_no,residence,marital_status,phone,died_on\n"
                + id("19900101", 2) + ",张𠮷,F,1990-01-01," + Office.V1 + ",H001,resident,married,13800000000,\n"
                + ",\"欧阳, 乐\",M,2024-02-29," + Office.V2 + ",H002,inflow,,,\n"
                + id("19400101", 1) + ",老张,M,1940-01-01," + Office.V3 + ",,outflow,widowed,,2025-12-31\n", text);

        Path benefits = dir.resolve("benefits.csv");
        assertEquals(0, cli.run("export", "benefits", "--headers", "zh", "--out", benefits.toString()).code());
        List<String> lines = Files.readAllLines(benefits, StandardCharsets.UTF_8);
        assertEquals("\uFEFF身份证号,姓名,村居代码,项目,所属月份,应发金额,实发金额,发放日期", lines.get(0));
        assertEquals(",张𠮷," + Office.V1 + ",childcare,2026-10,300.00,150.50,", lines.get(2));
        assertEquals(4, lines.size());
    }

    @Test
    void xlsxHoldsTypedCellsThatReadBackAsTheSameValues() throws Exception {
        Cli cli = loaded("x");
        Path out = dir.resolve("persons.xlsx");
        assertEquals(0, cli.run("export", "persons", "--format", "xlsx", "--out", out.toString()).code());
        try (InputStream in = Files.newInputStream(out); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            Sheet sheet = wb.getFirstSheet();
            List<Row> rows = sheet.read();
            assertEquals("身份证号", rows.get(0).getCellText(0));
            assertEquals("死亡日期", rows.get(0).getCellText(9));
            Row zhang = rows.get(1);
            assertEquals(CellType.STRING, zhang.getCell(0).getType());
            assertEquals(id("19900101", 2), zhang.getCellText(0));
            assertEquals("张𠮷", zhang.getCellText(1));
            assertEquals(CellType.NUMBER, zhang.getCell(3).getType());
            assertEquals(LocalDateTime.of(1990, 1, 1, 0, 0), zhang.getCellAsDate(3).orElseThrow());
            assertEquals(CellType.STRING, zhang.getCell(4).getType());
            Row old = rows.get(3);
            assertEquals(LocalDateTime.of(2025, 12, 31, 0, 0), old.getCellAsDate(9).orElseThrow());
            assertNull(rows.get(2).getCell(0) == null ? null : emptyToNull(rows.get(2).getCellText(0)));
        }

        Path money = dir.resolve("benefits.xlsx");
        assertEquals(0, cli.run("export", "benefits", "--format", "xlsx", "--headers", "en", "--out",
                money.toString()).code());
        try (InputStream in = Files.newInputStream(money); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals("amount_paid", rows.get(0).getCellText(6));
            assertEquals(CellType.NUMBER, rows.get(2).getCell(6).getType());
            assertEquals(0, new BigDecimal("150.5").compareTo(rows.get(2).getCellAsNumber(6).orElseThrow()));
            assertTrue(rows.get(1).getCellAsDate(7).isPresent());
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
