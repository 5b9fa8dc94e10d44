package taizhang.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import taizhang.domain.Account;
import taizhang.domain.ListedBirth;
import taizhang.domain.Problem;
import taizhang.domain.Progress;
import taizhang.domain.Refusal;
import taizhang.domain.Register;
import taizhang.domain.Validation;
import taizhang.storage.BulkLoad;
import taizhang.storage.Database;
import taizhang.storage.ImportAudit;
import taizhang.storage.Records;
import taizhang.storage.RegisterStore;
import taizhang.storage.ImportWriter;
import taizhang.storage.Registration;
import taizhang.storage.StoredFacts;

/**
 * Imports one register's file (CSV or XLSX), all or nothing: every row is checked and written
 * inside one transaction, which is committed only if no row failed (or, with skip-invalid, the
 * failed rows are left out and written with their messages beside the input). Whatever the file
 * holds, the import ends in problems, never an exception, in memory that does not grow with the
 * file: rows are streamed, problems kept to the first hundred and counted, rejected rows written
 * out as they are found.
 */
public final class Import {

    /**
     * {@code describe} puts a problem into words for the rejected rows' file (the face's
     * language); {@code progress} hears how far reading has got.
     */
    public record Options(Charset charset, boolean skipInvalid, boolean dryRun, Function<Problem, String> describe,
                          Progress progress) {
        public Options(Charset charset, boolean skipInvalid, boolean dryRun) {
            this(charset, skipInvalid, dryRun, p -> p.code().name(), Progress.NONE);
        }
    }

    /** What an import did: counts, and its problems with their lines and columns. */
    public record Report(int rows, int added, int updated, int unchanged, ProblemList errors,
                         ProblemList warnings, long rejected, Path rejectsFile, boolean committed) {
        public boolean ok() {
            return errors.isEmpty() || rejected > 0 && committed;
        }
    }

    private final Database db;
    private final LocalDate today;
    private final String user;

    /** An import by the account signed in on {@code db}: its scope bounds the rows, its login signs the audit entry. */
    public Import(Database db, LocalDate today) {
        this.db = db;
        this.today = today;
        this.user = db.account().login();
    }

    /** Thrown inside the transaction to roll it back, carrying what was found. */
    private static final class RolledBack extends RuntimeException {
        final Tally tally;

        RolledBack(Tally tally) {
            super(null, null, false, false);
            this.tally = tally;
        }
    }

    /** Counts and problems gathered while reading. */
    private static final class Tally {
        int rows;
        int added;
        int updated;
        int unchanged;
        final ProblemList errors = new ProblemList();
        final ProblemList warnings = new ProblemList();
        Rejects rejects;
        /** The file as a whole is refused (cut short, or past a limit): nothing of it is taken. */
        boolean refused;
    }

    public Report run(Register register, Path file, Options options) throws IOException {
        try {
            return run(register, file, options, true);
        } catch (Encoding.HeadWasWrong e) {
            // Its head read as UTF-8, a later byte does not (or is a NUL): nothing of it was kept;
            // the file is told as a whole, and read again from the start (or refused).
            return run(register, file, options, false);
        }
    }

    /** {@code mayGuess}: an encoding not named may be taken from the head of the file ({@link Encoding#guess}). */
    private Report run(Register register, Path file, Options options, boolean mayGuess) throws IOException {
        Problem notAFile = FileKind.notAFile(file);
        if (notAFile != null) {
            return failed(notAFile);
        }
        Problem refusal = ImportAudit.refusal(db.account(), register);
        if (refusal != null) {
            return failed(refusal);
        }
        // Hashed beside the reading: the other core is idle while the encoding is told and the header read.
        java.util.concurrent.CompletableFuture<String> sha256 = FileDigest.sha256Beside(file);
        // So are the pinyin tables the rows' search and sort keys are made from: otherwise the
        // first row waits a third of a second for them while the thread that writes has nothing to do.
        Thread pinyin = new Thread(taizhang.domain.Pinyin::prepare, "pinyin");
        pinyin.setDaemon(true);
        pinyin.start();
        RowSource in;
        try {
            in = FileKind.open(file, options.charset(), mayGuess);
        } catch (Refusal r) {
            return failed(r.problem());
        } catch (IOException e) {
            return failed(Problem.of(Problem.Code.CANNOT_READ_FILE, String.valueOf(e.getMessage())));
        }
        try (in) {
            List<LineProblem> headerProblems = new ArrayList<>();
            Columns columns = Columns.of(register.fields(), register, in.header(), headerProblems);
            if (columns == null) {
                if (register == Register.BIRTHS && isBirthList(in.header())) {
                    headerProblems.add(new LineProblem(1, null, Problem.of(Problem.Code.BIRTH_LIST_NOT_BIRTHS, file)));
                }
                return new Report(0, 0, 0, 0, ProblemList.of(headerProblems), new ProblemList(), 0, null, false);
            }
            return load(register, file, sha256, in, columns, options);
        }
    }

    /** Whether a header that is not the births register's is a hospital's or police list (SPEC 12), read by {@code reconcile}. */
    private static boolean isBirthList(RowSource.Row header) {
        return Columns.of(ListedBirth.FIELDS, Register.BIRTHS, header, new ArrayList<>()) != null;
    }

    private Report load(Register register, Path file, java.util.concurrent.CompletableFuture<String> sha256, RowSource in,
                        Columns columns, Options options)
            throws IOException {
        Rejects rejects;
        try {
            rejects = options.skipInvalid() && !options.dryRun()
                    ? Rejects.beside(file, columns.names(), options.describe()) : null;
        } catch (Refusal r) {
            return failed(r.problem());
        }
        Tally tally;
        boolean committed;
        try {
            Database.Job<Tally> work = () -> {
                try {
                    return commitOrRollBack(readAll(register, file, sha256, in, columns, options, rejects), options);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            if (isLarge(register, in)) {
                tally = BulkLoad.write(db, register, !options.dryRun(), work);
            } else {
                tally = options.dryRun() ? db.dryRun(work) : db.transaction(work);
            }
            committed = !options.dryRun();
        } catch (RolledBack r) {
            tally = r.tally;
            committed = false;
        } catch (RuntimeException e) {
            if (rejects != null) {
                rejects.close();
                rejects.discard();
            }
            if (e instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw e;
        }
        if (rejects != null) {
            rejects.close();
        }
        Path rejectsFile = null;
        long rejected = 0;
        if (rejects != null) {
            rejected = rejects.count();
            rejectsFile = committed && rejected > 0 ? rejects.keep() : null;
            if (rejectsFile == null) {
                rejects.discard();
            }
        }
        return new Report(tally.rows, tally.added, tally.updated, tally.unchanged, tally.errors, tally.warnings,
                committed ? rejected : 0, rejectsFile, committed);
    }

    private static Report failed(Problem problem) {
        return new Report(0, 0, 0, 0, ProblemList.of(List.of(LineProblem.ofFile(problem))), new ProblemList(), 0,
                null, false);
    }

    private static Tally commitOrRollBack(Tally tally, Options options) {
        if (!tally.errors.isEmpty() && (!options.skipInvalid() || tally.refused) && !options.dryRun()) {
            throw new RolledBack(tally);
        }
        return tally;
    }

    private Tally readAll(Register register, Path file, java.util.concurrent.CompletableFuture<String> sha256,
                          RowSource in, Columns columns, Options options,
                          Rejects rejects) throws IOException {
        Tally tally = new Tally();
        tally.rejects = rejects;
        ImportAudit audit = ImportAudit.start(db, register, file.getFileName().toString(), sha256::join);
        try (StoredFacts stored = StoredFacts.keeping(db, today);
             ImportWriter<RowSource.Row> writer = new ImportWriter<>(db)) {
            ImportFacts facts = new ImportFacts(stored, register, rowsEstimate(in));
            readRows(register, in, columns, facts, writer, tally, options.progress());
            for (ImportWriter.Refused<RowSource.Row> r : writer.finish()) {
                reject(tally, r.row(), List.of(new LineProblem(r.row().line(), null,
                        Problem.of(Problem.Code.DATABASE_REFUSED_ROW, r.message()))));
            }
            tally.added = writer.count(Registration.Outcome.ADDED);
            tally.updated = writer.count(Registration.Outcome.UPDATED);
            tally.unchanged = writer.count(Registration.Outcome.UNCHANGED);
        }
        if (tally.errors.isEmpty() || options.skipInvalid() && !tally.refused) {
            audit.finish(tally.rows, tally.added, tally.updated, rejects == null ? 0 : (int) rejects.count());
        }
        return tally;
    }

    private void readRows(Register register, RowSource in, Columns columns, ImportFacts facts,
                          ImportWriter<RowSource.Row> writer,
                          Tally tally, Progress progress) throws IOException {
        try {
            RowSource.Row row;
            while ((row = in.next()) != null) {
                tally.rows++;
                if ((tally.rows & 1023) == 0) {
                    progress.at(tally.rows, rowsExpected(in, tally.rows));
                }
                Validation.Result result = check(register, columns, row, facts, db.account(), tally);
                if (result != null && result.ok()) {
                    facts.saved(result.entry(), row.line());
                    writer.submit(row, result.entry());
                }
            }
            List<LineProblem> end = in.endProblems();
            tally.errors.addAll(end);
            tally.refused = !end.isEmpty();
        } catch (Refusal r) {
            // A limit reached part way (an XLSX with too many rows): nothing of the file is taken.
            tally.errors.add(LineProblem.ofFile(r.problem()));
            tally.refused = true;
        }
        progress.at(tally.rows, tally.rows);
    }

    /** The rows the whole file will hold, judged from how far into it these rows have got. */
    private static long rowsExpected(RowSource in, long rows) {
        return in.total() <= 0 || in.done() <= 0 ? 0 : (long) (rows * (double) in.total() / in.done());
    }

    /**
     * Whether the file is big enough, against what the table holds, to load with the indexes
     * built afterwards. Registers matched by key row by row are never bulk loaded.
     */
    private boolean isLarge(Register register, RowSource in) {
        if (register == Register.AREAS || register == Register.SCHEMES || register == Register.POPULATION) {
            return false;
        }
        long rows = rowsEstimate(in);
        if (rows < BULK_ROWS) {
            return false;
        }
        return rows * 4 >= new RegisterStore(db).countAll(register);
    }

    /** About how many rows a file holds: a sheet says; a CSV line of a register is about 80 bytes. */
    private static long rowsEstimate(RowSource in) {
        return in instanceof XlsxRows ? in.total() : in.total() / 80;
    }

    private static final long BULK_ROWS = 50_000;

    /** Checks a row; its errors and warnings go to the tally. Null for a row that could not be read as written. */
    private static Validation.Result check(Register register, Columns columns, RowSource.Row row, ImportFacts facts,
                                           Account account, Tally tally) throws IOException {
        Columns.Mapped mapped = columns.map(row);
        if (mapped.byField() == null) {
            reject(tally, row, mapped.problems());
            return null;
        }
        Validation.Result result = Validation.check(register, mapped.byField(), facts);
        if (result.ok()) {
            Problem outside = Records.outOfScope(account, result.entry());
            if (outside != null) {
                result = new Validation.Result(null, List.of(outside.withValue(mapped.value(outside.field()))));
            }
        }
        List<LineProblem> errors = mapped.problems().isEmpty() ? null : new ArrayList<>(mapped.problems());
        for (Problem p : result.problems()) {
            LineProblem at = new LineProblem(row.line(), columns.name(p.field()), p);
            if (p.warning()) {
                tally.warnings.add(at);
            } else if (!mapped.flagged(p.field())) {
                errors = errors == null ? new ArrayList<>(2) : errors;
                errors.add(at);
            }
        }
        if (errors != null) {
            reject(tally, row, errors);
            return null;
        }
        return result;
    }

    private static void reject(Tally tally, RowSource.Row row, List<LineProblem> problems) throws IOException {
        tally.errors.addAll(problems);
        if (tally.rejects != null) {
            tally.rejects.write(row, problems);
        }
    }

    /**
     * The rows refused, with their line and their problems in words, written to
     * {@code NAME.rejected.csv} beside the input as they are found (into {@code .part} until the
     * import is committed), so that a file of a million bad rows does not fill the memory.
     */
    private static final class Rejects implements AutoCloseable {
        private final Path target;
        private final Path part;
        private final CsvOut csv;
        private final int width;
        private final Function<Problem, String> describe;
        private long count;

        private Rejects(Path target, List<String> header, Function<Problem, String> describe) throws IOException {
            this.target = target;
            this.part = target.resolveSibling(target.getFileName() + ".part");
            this.width = header.size();
            this.describe = describe;
            List<String> columns = new ArrayList<>();
            columns.add("line");
            columns.addAll(header);
            columns.add("errors");
            OutputStream os = Files.newOutputStream(part);
            this.csv = new CsvOut(os, columns);
        }

        /**
         * Opened before any row is read: a folder the clerk cannot write in (another's, a read-only
         * share) is told as such, naming the file, and nothing is imported.
         */
        static Rejects beside(Path input, List<String> header, Function<Problem, String> describe) {
            String file = input.getFileName().toString();
            int dot = file.lastIndexOf('.');
            String base = dot > 0 ? file.substring(0, dot) : file;
            Path target = input.toAbsolutePath().resolveSibling(base + ".rejected.csv");
            try {
                return new Rejects(target, header, describe);
            } catch (IOException e) {
                throw Export.cannotWrite(target, e);
            }
        }

        void write(RowSource.Row row, List<LineProblem> problems) throws IOException {
            count++;
            List<String> cells = new ArrayList<>(width + 2);
            cells.add(String.valueOf(row.line()));
            for (int i = 0; i < width; i++) {
                cells.add(i < row.cells().size() ? row.cells().get(i) : "");
            }
            StringBuilder why = new StringBuilder();
            for (LineProblem p : problems) {
                why.append(why.length() == 0 ? "" : "; ").append(p.column() == null ? "" : p.column() + ": ")
                        .append(describe.apply(p.problem()));
            }
            cells.add(why.toString());
            csv.row(cells);
        }

        long count() {
            return count;
        }

        Path keep() throws IOException {
            return Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }

        void discard() throws IOException {
            Files.deleteIfExists(part);
        }

        @Override
        public void close() throws IOException {
            csv.close();
        }
    }
}
