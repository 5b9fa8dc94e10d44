package taizhang.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taizhang.testing.Ids.id;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import taizhang.testing.Cli;
import taizhang.testing.Office;
import taizhang.testing.Snapshot;

/**
 * Each rule of SPEC section 4, broken by one row of an import: the message names the file,
 * line, column and value, the exit code is 1, and the database is exactly as it was.
 */
class ImportRulesTest {
    static final String PERSONS = "id_number,name,sex,birth_date,area_code,residence\n";
    static final String BIRTHS = "child_name,child_sex,birth_date,birth_order,mother_id_number,mother_name,"
            + "area_code,registered_on\n";
    static final String GOOD_PERSON = id("19900101", 2) + ",王芳,F,1990-01-01," + Office.V1 + ",resident\n";
    static final String MOTHER = id("19950505", 4);
    static final String GOOD_BIRTH = "小明,M,2026-03-01,1," + MOTHER + ",李娜," + Office.V1 + ",2026-03-10\n";

    @TempDir
    Path dir;

    static Stream<Arguments> brokenRows() {
        return Stream.of(
                Arguments.of("persons", PERSONS + GOOD_PERSON + "110105194912310021,张三,F,1949-12-31," + Office.V1
                        + ",resident\n", 3, "id_number", "110105194912310021", "should be X"),
                Arguments.of("persons", PERSONS + GOOD_PERSON + id("19900101", 3) + ",张三,F,1990-01-01," + Office.V1
                        + ",resident\n", 3, "sex", "\"F\"", "says male"),
                Arguments.of("persons", PERSONS + GOOD_PERSON + id("19900101", 4) + ",张三,F,1990-01-02," + Office.V1
                        + ",resident\n", 3, "birth_date", "1990-01-02", "says 1990-01-01"),
                Arguments.of("persons", PERSONS + GOOD_PERSON + ",张三,F,2026-02-30," + Office.V1
                        + ",resident\n", 3, "birth_date", "2026-02-30", "not a real date"),
                Arguments.of("persons", PERSONS + GOOD_PERSON + ",张三,F,2026-11-24," + Office.V1
                        + ",resident\n", 3, "birth_date", "2026-11-24", "after today"),
                Arguments.of("persons", PERSONS + GOOD_PERSON + ",张三,F,2000-01-01,990101101,resident\n",
                        3, "area_code", "990101101", "not a village"),
                Arguments.of("persons", PERSONS + GOOD_PERSON + ",张三,F,2000-01-01,990101101299,resident\n",
                        3, "area_code", "990101101299", "not the code of a village"),
                Arguments.of("persons", PERSONS + GOOD_PERSON + ",张\u001b[2J三,F,2000-01-01," + Office.V1
                        + ",resident\n", 3, "name", "\\x1b[2J", "control character"),
                Arguments.of("persons", PERSONS + GOOD_PERSON + ",,F,2000-01-01," + Office.V1 + ",resident\n",
                        3, "name", "name:", "is required"),
                Arguments.of("persons", PERSONS + GOOD_PERSON + ",张三,X,2000-01-01," + Office.V1 + ",resident\n",
                        3, "sex", "\"X\"", "is not one of"),
                Arguments.of("persons", PERSONS + GOOD_PERSON + GOOD_PERSON.replace("王芳", "王芳芳"),
                        3, "id_number", id("19900101", 2), "already belongs to a living person"),
                Arguments.of("births", BIRTHS + GOOD_BIRTH + "小红,F,2026-03-11,1," + MOTHER + ",李娜," + Office.V1
                        + ",2026-03-10\n", 3, "birth_date", "2026-03-11", "after registered_on 2026-03-10"),
                Arguments.of("births", BIRTHS + GOOD_BIRTH + "小红,F,2026-03-01,1," + MOTHER + ",李娜," + Office.V1
                        + ",2026-11-24\n", 3, "registered_on", "2026-11-24", "after today"),
                Arguments.of("births", BIRTHS + GOOD_BIRTH + "小红,F,2026-03-01,21," + MOTHER + ",李娜," + Office.V1
                        + ",2026-03-10\n", 3, "birth_order", "\"21\"", "between 1 and 20"),
                Arguments.of("births", BIRTHS + GOOD_BIRTH + "小红,F,2026-03-01,0," + MOTHER + ",李娜," + Office.V1
                        + ",2026-03-10\n", 3, "birth_order", "\"0\"", "between 1 and 20"),
                Arguments.of("births", BIRTHS + GOOD_BIRTH + "小红,F,2026-03-01,1," + id("20150101", 2) + ",李娜,"
                        + Office.V1 + ",2026-03-10\n", 3, "mother_id_number", id("20150101", 2), "mother 11"),
                Arguments.of("births", BIRTHS + GOOD_BIRTH + "小红,F,2026-03-01,1," + id("19650101", 2) + ",李娜,"
                        + Office.V1 + ",2026-03-10\n", 3, "mother_id_number", id("19650101", 2), "mother 61"),
                Arguments.of("births", BIRTHS + GOOD_BIRTH + "小红,F,2026-03-01,1," + id("19900101", 3) + ",李娜,"
                        + Office.V1 + ",2026-03-10\n", 3, "mother_id_number", id("19900101", 3), "a man's"),
                Arguments.of("births", BIRTHS + GOOD_BIRTH + GOOD_BIRTH, 3, "child_name", "小明",
                        "duplicates the birth on line 2 of this file"),
                Arguments.of("benefits", "name,area_code,scheme,month,amount_due,amount_paid\n王芳," + Office.V1
                        + ",childcare,2026-10,300.00,-1\n", 2, "amount_paid", "-1", "negative"),
                Arguments.of("benefits", "name,area_code,scheme,month,amount_due,amount_paid\n王芳," + Office.V1
                        + ",cash_bonus,2026-10,300.00,0\n", 2, "scheme", "cash_bonus", "not a known scheme"),
                Arguments.of("benefits", "name,area_code,scheme,month,amount_due,amount_paid\n王芳," + Office.V1
                        + ",childcare,2026-10,300.001,0\n", 2, "amount_due", "300.001", "at most 2 decimals"),
                Arguments.of("deaths", "id_number,name,sex,death_date,area_code,registered_on\n" + id("19900101", 3)
                        + ",张三,F,2026-01-01," + Office.V1 + ",2026-01-02\n", 2, "sex", "\"F\"", "says male"),
                Arguments.of("population", "area_code,as_of,population\n" + Office.V1 + ",2026-01-01,-5\n", 2,
                        "population", "-5", "whole number"),
                Arguments.of("persons", PERSONS.replace("residence", "residence,colour") + GOOD_PERSON, 1, "colour",
                        "colour", "unknown column"),
                Arguments.of("births", BIRTHS.replace(",mother_name", "") + "小明,M,2026-03-01,1," + MOTHER + ","
                        + Office.V1 + ",2026-03-10\n", 1, "mother_name", "mother_name", "required column is missing"));
    }

    @ParameterizedTest(name = "{0} line {2}: {3} {5}")
    @MethodSource("brokenRows")
    void brokenRowIsRefusedByNameAndNothingIsWritten(String register, String csv, int line, String column,
                                                     String value, String message) throws Exception {
        Cli cli = Office.create(dir);
        Path file = Office.write(dir.resolve(register + ".csv"), csv);
        String before = Snapshot.of(cli.db());

        Cli.Result r = cli.run("import", register, file.toString());

        assertEquals(1, r.code(), r.out() + r.err());
        String expectedStart = file + ":" + line + ": " + column + ":";
        assertTrue(r.errLines().stream().anyMatch(l -> l.startsWith(expectedStart) && l.contains(value)
                && l.contains(message)), "expected " + expectedStart + " ... " + value + " ... " + message
                + " in:\n" + r.err());
        assertEquals(before, Snapshot.of(cli.db()), "the database changed");
    }
}
