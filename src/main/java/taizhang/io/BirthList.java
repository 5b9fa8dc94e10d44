package taizhang.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import taizhang.domain.Facts;
import taizhang.domain.ListedBirth;
import taizhang.domain.Problem;
import taizhang.domain.Progress;
import taizhang.domain.Refusal;
import taizhang.domain.Register;
import taizhang.storage.Database;
import taizhang.storage.StoredFacts;

/**
 * A hospital's or the police's list of births (SPEC 12), CSV or XLSX, read through the same
 * {@link RowSource} as an import (encoding, header aliases, line numbers, every limit a hostile
 * file needs) and each row checked as an import checks a birth. The list is usable only when no
 * row is broken.
 */
public final class BirthList {
    private BirthList() {
    }

    /** What was read: the rows (all of them only when there are no errors), its problems, the file's SHA-256. */
    public record Read(List<ListedBirth> rows, int read, ProblemList errors, ProblemList warnings, String sha256) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * Reads {@code file} with the facts an import of births has of {@code db} on {@code today};
     * {@code charset} null means detect it.
     */
    public static Read read(Path file, Charset charset, Database db, LocalDate today, Progress progress)
            throws IOException {
        return read(file, charset, new ImportFacts(new StoredFacts(db, today), Register.BIRTHS), progress);
    }

    static Read read(Path file, Charset charset, Facts facts, Progress progress) throws IOException {
        ProblemList errors = new ProblemList();
        ProblemList warnings = new ProblemList();
        Problem notAFile = FileKind.notAFile(file);
        if (notAFile != null) {
            errors.add(LineProblem.ofFile(notAFile));
            return new Read(List.of(), 0, errors, warnings, null);
        }
        List<ListedBirth> rows = new ArrayList<>();
        int read = 0;
        try (RowSource in = RowSource.open(file, charset)) {
            List<LineProblem> header = new ArrayList<>();
            Columns columns = Columns.of(ListedBirth.FIELDS, Register.BIRTHS, in.header(), header);
            errors.addAll(header);
            RowSource.Row row;
            while (columns != null && (row = in.next()) != null) {
                if ((++read & 1023) == 0) {
                    progress.at(in.done(), in.total());
                }
                Columns.Mapped mapped = columns.map(row);
                List<LineProblem> found = new ArrayList<>(mapped.problems());
                if (mapped.values() != null) {
                    ListedBirth.Checked checked = ListedBirth.check(row.line(), mapped.values(), facts);
                    for (Problem p : checked.problems()) {
                        if (!mapped.flagged(p.field())) {
                            LineProblem at = new LineProblem(row.line(), columns.name(p.field()), p);
                            if (p.warning()) {
                                warnings.add(at);
                            } else {
                                found.add(at);
                            }
                        }
                    }
                    if (checked.ok() && found.isEmpty()) {
                        rows.add(checked.birth());
                    }
                }
                errors.addAll(found);
            }
            errors.addAll(in.endProblems());
        } catch (Refusal r) {
            errors.add(LineProblem.ofFile(r.problem()));
        }
        return new Read(errors.isEmpty() ? List.copyOf(rows) : List.of(), read, errors, warnings,
                FileDigest.sha256(file));
    }
}
