package taizhang.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taizhang.testing.Clerks.TODAY;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Register;
import taizhang.storage.Database;
import taizhang.storage.Records;
import taizhang.testing.Clerks;
import taizhang.testing.Ids;
import taizhang.testing.Snapshot;

/**
 * An import runs in one write transaction (BEGIN IMMEDIATE) and reads the register inside it:
 * a second import, or a form's save, made at the same moment sees the rows the first committed.
 */
class ImportAtOnceTest {
    @TempDir
    Path dir;

    private static final int BIRTHS = 120;

    /** Births of {@code n} different mothers, one a row. */
    private Path births(String name) throws Exception {
        StringBuilder b = new StringBuilder("child_name,child_sex,birth_date,birth_order,mother_id_number,mother_name,"
                + "area_code,registered_on\n");
        for (int i = 0; i < BIRTHS; i++) {
            b.append("小明,M,2026-10-05,1,").append(Ids.id("19950505", 2 * i + 2)).append(",李娜,")
                    .append(Clerks.VILLAGE).append(",2026-10-08\n");
        }
        Path file = dir.resolve(name);
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private static Object importing(Database db, Path file) {
        try {
            return new Import(db, TODAY).run(Register.BIRTHS, file, new Import.Options(StandardCharsets.UTF_8, false,
                    false));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void twoImportsOfTheSameBirthsAtOnceImportThemOnce() throws Exception {
        Path db = Clerks.office(dir);
        Path a = births("a.csv");
        Path b = births("b.csv");
        List<Object> outcomes = Clerks.atOnce(db, List.of(clerk -> importing(clerk, a), clerk -> importing(clerk, b)));

        assertEquals(BIRTHS, Snapshot.count(db, "SELECT count(*) FROM birth"));
        List<Import.Report> reports = outcomes.stream().map(o -> (Import.Report) o).toList();
        assertEquals(1, reports.stream().filter(Import.Report::committed).count(), reports.toString());
        Import.Report refused = reports.stream().filter(r -> !r.committed()).findFirst().orElseThrow();
        assertFalse(refused.ok());
        assertEquals(BIRTHS, refused.errors().count(), "every row of the second import is a duplicate");
        LineProblem first = refused.errors().first().get(0);
        assertEquals(2, first.line());
        assertEquals("child_name", first.column());
        assertEquals(taizhang.domain.Problem.Code.DUPLICATE_BIRTH, first.problem().code());
        assertEquals(1, Snapshot.count(db, "SELECT count(*) FROM audit WHERE action = 'import'"));
    }

    @Test
    void aFormSavingABirthWhileAnImportHoldsItGivesOneRecord() throws Exception {
        Path db = Clerks.office(dir);
        Path a = births("a.csv");
        String firstMother = Ids.id("19950505", 2);
        List<Object> outcomes = Clerks.atOnce(db, List.<java.util.function.Function<Database, Object>>of(
                clerk -> importing(clerk, a),
                clerk -> new Records(clerk, TODAY).add(Clerks.entry(clerk, Register.BIRTHS,
                        java.util.Map.of("child_name", "小明", "child_sex", "M", "birth_date", "2026-10-05",
                                "birth_order", "1", "mother_id_number", firstMother, "mother_name", "李娜",
                                "area_code", Clerks.VILLAGE, "registered_on", "2026-10-08")))));

        assertEquals(1, Snapshot.count(db, "SELECT count(*) FROM birth WHERE mother_id_number = '" + firstMother
                + "'"), "whichever came first, the birth is in once: " + outcomes);
        boolean formFirst = outcomes.stream().anyMatch(o -> o instanceof Records.Saved);
        Import.Report report = (Import.Report) outcomes.stream().filter(o -> o instanceof Import.Report).findFirst()
                .orElseThrow();
        if (formFirst) {
            assertFalse(report.committed(), "the import found the form's birth and wrote nothing");
            assertEquals(1, report.errors().count());
            assertEquals(1, Snapshot.count(db, "SELECT count(*) FROM birth"));
        } else {
            assertTrue(report.committed());
            assertTrue(outcomes.stream().anyMatch(o -> o instanceof Records.Refused), outcomes.toString());
            assertEquals(BIRTHS, Snapshot.count(db, "SELECT count(*) FROM birth"));
        }
    }
}
