package taizhang.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import taizhang.domain.Problem;
import taizhang.domain.Register;
import taizhang.domain.Validation;
import taizhang.storage.BulkLoad;
import taizhang.storage.Database;
import taizhang.storage.ImportAudit;
import taizhang.storage.Records;
import taizhang.storage.RegisterStore;
import taizhang.storage.Registration;
import taizhang.storage.StoredFacts;

/**
 * Imports one register's CSV file, all or nothing: every row is checked and written inside
 * one transaction, which is committed only if no row failed (or, with skip-invalid, the
 * failed rows are left out and written with their messages beside the input).
 */
public final class Import {

    public record Options(Charset charset, boolean skipInvalid, boolean dryRun) {
    }

    /** What an import did: counts, and every message as {@code FILE:LINE: column: message}. */
    public record Report(int rows, int added, int updated, int unchanged, List<String> errors,
                         List<String> warnings, int rejected, Path rejectsFile, boolean committed) {
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

    /** A message and the line it is about, so that messages can be listed in file order. */
    private record Message(int line, String text) {
    }

    /** Counts and messages gathered while reading. */
    private static final class Tally {
        int rows;
        int added;
        int updated;
        int unchanged;
        final List<Message> errors = new ArrayList<>();
        final List<Message> warnings = new ArrayList<>();
        final List<CsvIn.Row> rejects = new ArrayList<>();
        final List<String> rejectReasons = new ArrayList<>();

        void reject(CsvIn.Row row, List<String> messages) {
            for (String m : messages) {
                errors.add(new Message(row.line(), m));
            }
            rejects.add(row);
            rejectReasons.add(String.join("; ", messages));
        }

        /** Rows refused by the database come back late; list everything in file order. */
        void sortByLine() {
            errors.sort(java.util.Comparator.comparingInt(Message::line));
            Integer[] order = new Integer[rejects.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> rejects.get(i).line()));
            List<CsvIn.Row> rows = new ArrayList<>();
            List<String> reasons = new ArrayList<>();
            for (int i : order) {
                rows.add(rejects.get(i));
                reasons.add(rejectReasons.get(i));
            }
            rejects.clear();
            rejects.addAll(rows);
            rejectReasons.clear();
            rejectReasons.addAll(reasons);
        }

        static List<String> texts(List<Message> messages) {
            return messages.stream().map(Message::text).toList();
        }
    }

    public Report run(Register register, Path file, Options options) throws IOException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            return failed(List.of(name + ": no such file"));
        }
        String refusal = ImportAudit.refusal(db.account(), register);
        if (refusal != null) {
            return failed(List.of(name + ": " + refusal));
        }
        String sha256 = FileDigest.sha256(file);
        try (CsvIn in = CsvIn.open(file, register, options.charset(), name)) {
            Tally tally;
            boolean committed;
            try {
                Database.Work<Tally> work = h -> commitOrRollBack(readAll(register, file, sha256, in, name, options),
                        options);
                if (isLarge(register, in.bytes())) {
                    tally = BulkLoad.write(db, register, !options.dryRun(), work);
                } else {
                    tally = options.dryRun() ? db.tryWrite(work) : db.write(work);
                }
                committed = !options.dryRun();
            } catch (RolledBack r) {
                tally = r.tally;
                committed = false;
            }
            Path rejects = null;
            if (committed && !tally.rejects.isEmpty()) {
                rejects = writeRejects(file, in.header(), tally);
            }
            return new Report(tally.rows, tally.added, tally.updated, tally.unchanged, Tally.texts(tally.errors),
                    Tally.texts(tally.warnings), committed ? tally.rejects.size() : 0, rejects, committed);
        } catch (CsvIn.BadHeader e) {
            return failed(e.problems());
        }
    }

    private static Report failed(List<String> errors) {
        return new Report(0, 0, 0, 0, errors, List.of(), 0, null, false);
    }

    private static Tally commitOrRollBack(Tally tally, Options options) {
        if (!tally.errors.isEmpty() && !options.skipInvalid() && !options.dryRun()) {
            throw new RolledBack(tally);
        }
        return tally;
    }

    private Tally readAll(Register register, Path file, String sha256, CsvIn in, String name, Options options)
            throws SQLException {
        Tally tally = new Tally();
        ImportAudit audit = ImportAudit.start(db, register, file.getFileName().toString(), sha256);
        ImportFacts facts = new ImportFacts(db, new StoredFacts(db, today), register);
        try (Registration registration = new Registration(db, user);
             RowWriter writer = new RowWriter(registration)) {
            readRows(register, in, name, facts, writer, tally);
            for (RowWriter.Refused r : writer.finish()) {
                tally.reject(r.row(), List.of(name + ":" + r.row().line() + ": " + r.message()));
            }
            tally.added = writer.count(Registration.Outcome.ADDED);
            tally.updated = writer.count(Registration.Outcome.UPDATED);
            tally.unchanged = writer.count(Registration.Outcome.UNCHANGED);
        }
        tally.sortByLine();
        if (tally.errors.isEmpty() || options.skipInvalid()) {
            audit.finish(tally.rows, tally.added, tally.updated, tally.rejects.size());
        }
        return tally;
    }

    private void readRows(Register register, CsvIn in, String name, ImportFacts facts, RowWriter writer,
                          Tally tally) {
        try {
            CsvIn.Row row;
            while ((row = in.next()) != null) {
                tally.rows++;
                Validation.Result result = check(register, in, name, row, facts, db.account(), tally);
                if (result != null && result.ok()) {
                    facts.saved(result.entry());
                    writer.submit(row, result.entry());
                }
            }
        } catch (CsvIn.Unreadable e) {
            tally.errors.add(new Message(e.line(), name + ":" + e.line() + ": " + e.getMessage()));
        }
    }

    /**
     * Whether the file is big enough, against what the table holds, to load with the indexes
     * built afterwards. Registers matched by key row by row are never bulk loaded.
     */
    private boolean isLarge(Register register, long bytes) {
        if (register == Register.AREAS || register == Register.SCHEMES || register == Register.POPULATION
                || bytes < BULK_BYTES) {
            return false;
        }
        long rowsEstimate = bytes / 80;
        return rowsEstimate * 4 >= new RegisterStore(db).countAll(register);
    }

    private static final long BULK_BYTES = 4_000_000;

    /** Checks a row; its errors go to the tally, its warnings too. Null for a row of the wrong width. */
    private static Validation.Result check(Register register, CsvIn in, String name, CsvIn.Row row,
                                           ImportFacts facts, taizhang.domain.Account account, Tally tally) {
        if (row.values() == null) {
            tally.reject(row, List.of(in.wrongWidth(name, row)));
            return null;
        }
        Validation.Result result = Validation.check(register, row.values(), facts);
        if (result.ok()) {
            Problem outside = Records.outOfScope(account, result.entry());
            if (outside != null) {
                result = new Validation.Result(null, List.of(outside));
            }
        }
        List<String> errors = new ArrayList<>();
        for (Problem p : result.problems()) {
            if (p.warning()) {
                tally.warnings.add(new Message(row.line(), in.describe(name, row.line(), p)));
            } else {
                errors.add(in.describe(name, row.line(), p));
            }
        }
        if (!errors.isEmpty()) {
            tally.reject(row, errors);
        }
        return result;
    }

    private static Path writeRejects(Path input, List<String> header, Tally tally) throws IOException {
        String file = input.getFileName().toString();
        String base = file.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? file.substring(0, file.length() - 4)
                : file;
        Path out = input.toAbsolutePath().resolveSibling(base + ".rejected.csv");
        List<String> columns = new ArrayList<>();
        columns.add("line");
        columns.addAll(header);
        columns.add("errors");
        try (OutputStream os = Files.newOutputStream(out); CsvOut csv = new CsvOut(os, columns)) {
            for (int i = 0; i < tally.rejects.size(); i++) {
                CsvIn.Row r = tally.rejects.get(i);
                List<String> cells = new ArrayList<>();
                cells.add(String.valueOf(r.line()));
                cells.addAll(r.cells());
                while (cells.size() < header.size() + 1) {
                    cells.add("");
                }
                cells.add(tally.rejectReasons.get(i));
                csv.row(cells);
            }
        }
        return out;
    }
}
