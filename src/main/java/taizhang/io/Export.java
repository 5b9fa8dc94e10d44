package taizhang.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import taizhang.domain.Entry;
import taizhang.domain.Field;
import taizhang.domain.Progress;
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
        Path whole = target.toAbsolutePath();
        if (Files.exists(whole) && !Files.isRegularFile(whole)) {
            // A device or pipe (--out /dev/stdout, /dev/null): write to it; a rename would replace it.
            try (OutputStream os = Files.newOutputStream(whole)) {
                body.write(os);
            }
            return;
        }
        Path partial = whole.resolveSibling(whole.getFileName() + ".part");
        try (OutputStream os = Files.newOutputStream(partial)) {
            body.write(os);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException left) {
                e.addSuppressed(left);
            }
            throw e;
        }
        Files.move(partial, whole, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
        long total = store.count(register);
        long[] done = {0};
        try (CsvOut csv = new CsvOut(out, header(register, chineseHeaders))) {
            List<String> cells = new ArrayList<>(register.fields().size());
            store.forEach(register, stored -> {
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
        long total = store.count(register);
        if (total > XLSX_MAX_ROWS) {
            throw new IOException(register.fileName() + " has more rows than an XLSX sheet holds ("
                    + XLSX_MAX_ROWS + "); export it as CSV");
        }
        Workbook wb = new Workbook(out, "taizhang", "1.0");
        Worksheet ws = wb.newWorksheet(register.zh());
        List<String> header = header(register, chineseHeaders);
        for (int c = 0; c < header.size(); c++) {
            ws.value(0, c, header.get(c));
            ws.style(0, c).bold().set();
            ws.width(c, width(register.fields().get(c)));
        }
        ws.freezePane(0, 1);
        int[] row = {1};
        try {
            store.forEach(register, stored -> {
                writeRow(ws, row[0], stored.entry());
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

    private static void writeRow(Worksheet ws, int r, Entry e) {
        List<Field> fields = e.register().fields();
        for (int c = 0; c < fields.size(); c++) {
            Object v = e.get(c);
            if (v == null) {
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
                case COUNT -> ws.value(r, c, (Integer) v);
                default -> ws.inlineString(r, c, e.canonical(c));
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
