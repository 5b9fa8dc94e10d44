package taizhang.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import taizhang.domain.Entry;
import taizhang.domain.Field;
import taizhang.domain.Problem;
import taizhang.domain.Progress;
import taizhang.domain.Refusal;
import taizhang.domain.Register;
import taizhang.storage.RegisterStore;

/** A register written out as CSV (SPEC 3) or as an XLSX sheet that Excel, WPS and LibreOffice read as typed cells. */
public final class Export {
    private Export() {
    }

    /** What {@link #toFile} writes. */
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} as FILE.part and gives it its real name only when it is complete, so
     * that a failed export leaves neither half a file nor a spoiled earlier one.
     */
    public static void toFile(Path target, Body body) throws IOException {
        toFile(target, body, () -> { });
    }

    /**
     * As {@link #toFile(Path, Body)}, running {@code record} (the audit entry of what leaves the
     * office, SPEC 9) once the file is complete and before it is given its name: an export that
     * cannot be recorded (the database busy past its wait) leaves no file behind.
     */
    public static void toFile(Path target, Body body, Runnable record) throws IOException {
        Path whole = target.toAbsolutePath();
        if (Files.exists(whole) && !Files.isRegularFile(whole)) {
            // A device or pipe (--out /dev/stdout, /dev/null): write to it; a rename would replace it.
            try (OutputStream os = Files.newOutputStream(whole)) {
                body.write(os);
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
            record.run();
            return;
        }
        Path partial = whole.resolveSibling(whole.getFileName() + ".part");
        try {
            try (OutputStream os = Files.newOutputStream(partial)) {
                body.write(os);
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
            record.run();
            try {
                Files.move(partial, whole, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException left) {
                e.addSuppressed(left);
            }
            throw e;
        }
    }

    /**
     * Why {@code target} (a file, or a folder to write files into) could not be written, in words
     * for the clerk rather than the name of Java's exception (and never the name of the
     * {@code .part} file it was being written as).
     */
    public static Refusal cannotWrite(Path target, IOException e) {
        Path folder = target.toAbsolutePath().getParent();
        Path file = fileAbove(folder);
        Problem problem;
        if (file != null) {
            problem = Problem.of(Problem.Code.CANNOT_WRITE_UNDER_A_FILE, target, file);
        } else if (e instanceof NoSuchFileException && folder != null && !Files.isDirectory(folder)) {
            problem = Problem.of(Problem.Code.CANNOT_WRITE_NO_FOLDER, target, folder);
        } else if (e instanceof AccessDeniedException || e instanceof NoSuchFileException) {
            // (no such file in a folder that exists: one where files cannot be made, as /proc)
            problem = Problem.of(Problem.Code.CANNOT_WRITE_DENIED, target);
        } else if (e instanceof FileAlreadyExistsException && Files.isRegularFile(target)) {
            problem = Problem.of(Problem.Code.CANNOT_WRITE_NOT_A_FOLDER, target);
        } else if (Files.isDirectory(target)) {
            problem = Problem.of(Problem.Code.CANNOT_WRITE_IS_FOLDER, target);
        } else {
            String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
            problem = Problem.of(Problem.Code.CANNOT_WRITE, target, reason != null ? reason : e.toString());
        }
        return new Refusal(problem, e);
    }

    /** The file standing where one of these folders should be (the system says only "Not a directory"), or null. */
    private static Path fileAbove(Path folder) {
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? null : p;
            }
        }
        return null;
    }

    /** Rows an XLSX sheet can hold below its header. */
    public static final int XLSX_MAX_ROWS = 1_048_575;

    public static List<String> header(Register register, boolean chinese) {
        List<String> header = new ArrayList<>();
        for (Field f : register.fields()) {
            header.add(chinese ? f.zh() : f.key());
        }
        return header;
    }

    /** Every live record in the order entered, values in their canonical spelling. */
    public static void csv(RegisterStore store, Register register, OutputStream out, boolean chineseHeaders)
            throws IOException {
        csv(store, register, out, chineseHeaders, Progress.NONE);
    }

    /** As {@link #csv(RegisterStore, Register, OutputStream, boolean)}, telling {@code progress} the rows written. */
    public static void csv(RegisterStore store, Register register, OutputStream out, boolean chineseHeaders,
                           Progress progress) throws IOException {
        csv(register, each -> store.forEach(register, each), store.count(register), out, chineseHeaders, progress);
    }

    /** Only these records (the ones behind a tally figure), as {@link #csv(RegisterStore, Register, OutputStream, boolean)} writes them. */
    public static void csv(RegisterStore store, Register register, List<Long> ids, OutputStream out,
                           boolean chineseHeaders, Progress progress) throws IOException {
        csv(register, each -> store.forEach(register, ids, each), ids.size(), out, chineseHeaders, progress);
    }

    /** The records an export writes, in the order entered. */
    private interface Records {
        void forEach(Consumer<RegisterStore.Stored> action);
    }

    private static void csv(Register register, Records records, long total, OutputStream out, boolean chineseHeaders,
                            Progress progress) throws IOException {
        long[] done = {0};
        try (CsvOut csv = new CsvOut(out, header(register, chineseHeaders))) {
            List<String> cells = new ArrayList<>(register.fields().size());
            records.forEach(stored -> {
                if ((++done[0] & 1023) == 0) {
                    progress.at(done[0], total);
                }
                cells.clear();
                for (int i = 0; i < register.fields().size(); i++) {
                    cells.add(stored.entry().canonical(i));
                }
                try {
                    csv.row(cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * One sheet: header row frozen; dates as date cells, money and counts as number cells,
     * ID numbers, phones, codes and household numbers as text (an 18-digit number would lose
     * digits), empty values as empty cells.
     */
    public static void xlsx(RegisterStore store, Register register, OutputStream out, boolean chineseHeaders)
            throws IOException {
        xlsx(store, register, out, chineseHeaders, Progress.NONE);
    }

    /** As {@link #xlsx(RegisterStore, Register, OutputStream, boolean)}, telling {@code progress} the rows written. */
    public static void xlsx(RegisterStore store, Register register, OutputStream out, boolean chineseHeaders,
                            Progress progress) throws IOException {
        xlsx(register, each -> store.forEach(register, each), store.count(register), out, chineseHeaders, progress);
    }

    /** Only these records (the ones behind a tally figure), as {@link #xlsx(RegisterStore, Register, OutputStream, boolean)} writes them. */
    public static void xlsx(RegisterStore store, Register register, List<Long> ids, OutputStream out,
                            boolean chineseHeaders, Progress progress) throws IOException {
        xlsx(register, each -> store.forEach(register, ids, each), ids.size(), out, chineseHeaders, progress);
    }

    private static void xlsx(Register register, Records records, long total, OutputStream out, boolean chineseHeaders,
                             Progress progress) throws IOException {
        fitsASheet(register, total);
        Workbook wb = new Workbook(out, "taizhang", "1.0");
        Worksheet ws = wb.newWorksheet(register.zh());
        header(ws, register.fields(), chineseHeaders);
        int[] row = {1};
        Object[] values = new Object[register.fields().size()];
        try {
            records.forEach(stored -> {
                for (int c = 0; c < values.length; c++) {
                    values[c] = stored.entry().get(c);
                }
                writeRow(ws, row[0], register.fields(), values);
                if (++row[0] % 1000 == 0) {
                    flush(ws);
                    progress.at(row[0], total);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        wb.finish();
    }

    /** A sheet of typed values under their columns (a reconciliation's rows, its summary). */
    public record Sheet(String name, List<Field> columns, List<Object[]> rows) {
    }

    /** Rows of typed values as CSV (SPEC 3): the columns' English keys, values in their canonical spelling. */
    public static void csv(List<Field> columns, List<Object[]> rows, OutputStream out) throws IOException {
        List<String> header = new ArrayList<>();
        columns.forEach(f -> header.add(f.key()));
        try (CsvOut csv = new CsvOut(out, header)) {
            List<String> cells = new ArrayList<>(columns.size());
            for (Object[] row : rows) {
                cells.clear();
                for (int c = 0; c < columns.size(); c++) {
                    cells.add(Entry.canonical(columns.get(c), row[c]));
                }
                csv.row(cells);
            }
        }
    }

    /** Refuses rows that no XLSX sheet holds, before anything is written; {@code what} is a register or a sheet's name. */
    private static void fitsASheet(Object what, long rows) {
        if (rows > XLSX_MAX_ROWS) {
            throw new taizhang.domain.Refusal(taizhang.domain.Problem.Code.XLSX_SHEET_TOO_LONG, what, rows,
                    XLSX_MAX_ROWS);
        }
    }

    /** Sheets of typed cells, as a register's export writes them, under a title (the workbook's, and each printed page's). */
    public static void xlsx(List<Sheet> sheets, String title, boolean chineseHeaders, OutputStream out)
            throws IOException {
        for (Sheet sheet : sheets) {
            fitsASheet(sheet.name(), sheet.rows().size());
        }
        Workbook wb = new Workbook(out, "taizhang", "1.0");
        wb.properties().setTitle(title);
        for (Sheet sheet : sheets) {
            Worksheet ws = wb.newWorksheet(sheet.name());
            ws.header(title, org.dhatim.fastexcel.Position.CENTER);
            header(ws, sheet.columns(), chineseHeaders);
            for (int r = 0; r < sheet.rows().size(); r++) {
                writeRow(ws, r + 1, sheet.columns(), sheet.rows().get(r));
                if (r % 1000 == 999) {
                    ws.flush();
                }
            }
        }
        wb.finish();
    }

    private static void header(Worksheet ws, List<Field> fields, boolean chinese) {
        for (int c = 0; c < fields.size(); c++) {
            ws.value(0, c, chinese ? fields.get(c).zh() : fields.get(c).key());
            ws.style(0, c).bold().set();
            ws.width(c, width(fields.get(c)));
        }
        ws.freezePane(0, 1);
    }

    private static void writeRow(Worksheet ws, int r, List<Field> fields, Object[] values) {
        for (int c = 0; c < fields.size(); c++) {
            Object v = values[c];
            if (v == null) {
                continue;
            }
            if (v instanceof BigDecimal d) {
                ws.value(r, c, d);
                ws.style(r, c).format(d.scale() <= 0 ? "0" : "0." + "0".repeat(d.scale())).set();
                continue;
            }
            switch (fields.get(c).type()) {
                case DATE -> {
                    ws.value(r, c, (LocalDate) v);
                    ws.style(r, c).format("yyyy-mm-dd").set();
                }
                case MONEY -> {
                    ws.value(r, c, BigDecimal.valueOf((Long) v, 2));
                    ws.style(r, c).format("0.00").set();
                }
                case COUNT -> ws.value(r, c, (Number) v);
                default -> ws.inlineString(r, c, Entry.canonical(fields.get(c), v));
            }
        }
    }

    private static void flush(Worksheet ws) {
        try {
            ws.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double width(Field f) {
        return switch (f.type()) {
            case ID_NUMBER -> 21;
            case DATE, AREA_CODE, VILLAGE -> 14;
            case NAME -> 12;
            case TEXT -> 16;
            default -> 10;
        };
    }
}
