package taizhang.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import taizhang.domain.Facts;
import taizhang.domain.ListedBirth;
import taizhang.domain.Problem;
import taizhang.domain.Register;
import taizhang.storage.Database;
import taizhang.storage.StoredFacts;

/**
 * A hospital's or the police's list of births (SPEC 12), read through the same reader as an
 * import (encoding, header aliases, line numbers) and each row checked as an import checks a
 * birth. The list is usable only when no row is broken.
 */
public final class BirthList {
    private BirthList() {
    }

    /** What was read: the rows (all of them only when there are no errors), every message, the file's SHA-256. */
    public record Read(List<ListedBirth> rows, int read, List<String> errors, List<String> warnings, String sha256) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * Reads {@code file} with the facts an import of births has of {@code db} on {@code today};
     * {@code charset} null means detect it; {@code name} is the file as messages name it.
     */
    public static Read read(Path file, Charset charset, Database db, LocalDate today, String name)
            throws IOException {
        return read(file, charset, new ImportFacts(db, new StoredFacts(db, today), Register.BIRTHS), name);
    }

    static Read read(Path file, Charset charset, Facts facts, String name) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new Read(List.of(), 0, List.of(name + ": no such file"), List.of(), null);
        }
        List<ListedBirth> rows = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int read = 0;
        try (CsvIn in = CsvIn.open(file, ListedBirth.FIELDS, "a list of births", charset, name)) {
            CsvIn.Row row;
            while ((row = in.next()) != null) {
                read++;
                if (row.values() == null) {
                    errors.add(in.wrongWidth(name, row));
                    continue;
                }
                ListedBirth.Checked checked = ListedBirth.check(row.line(), row.values(), facts);
                for (Problem p : checked.problems()) {
                    (p.warning() ? warnings : errors).add(in.describe(name, row.line(), p));
                }
                if (checked.ok()) {
                    rows.add(checked.birth());
                }
            }
        } catch (CsvIn.BadHeader e) {
            errors.addAll(e.problems());
        } catch (CsvIn.Unreadable e) {
            errors.add(name + ":" + e.line() + ": " + e.getMessage());
        }
        return new Read(errors.isEmpty() ? List.copyOf(rows) : List.of(), read, List.copyOf(errors),
                List.copyOf(warnings), FileDigest.sha256(file));
    }
}
