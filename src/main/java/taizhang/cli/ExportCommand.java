package taizhang.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import taizhang.domain.Register;
import taizhang.io.Export;
import java.util.Map;
import taizhang.domain.Role;
import taizhang.storage.Audit;
import taizhang.storage.Database;
import taizhang.storage.RegisterStore;

@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "REGISTER", converter = RegisterName.class, descriptionKey = "register")
    Register register;

    @Option(names = "--format", paramLabel = "csv|xlsx")
    Format format;

    @Option(names = "--headers", paramLabel = "en|zh")
    Headers headers;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    enum Format { csv, xlsx }

    enum Headers { en, zh }

    @Override
    public Integer call() throws IOException {
        Context ctx = main.context();
        if (format == null) {
            String guessed = FileFormat.of(out);
            format = guessed == null ? Format.csv : Format.valueOf(guessed);
        }
        Path target = out == null && format == Format.xlsx ? Path.of(register.fileName() + ".xlsx") : out;
        try (Database db = ctx.open(Role.Permission.EXPORT)) {
            RegisterStore store = new RegisterStore(db);
            try (ProgressLine progress = main.progress("progress.rows")) {
                Runnable waiting = main.waitingToRecord(progress);
                if (target == null) {
                    long rows = write(db, store, new NonClosing(System.out), progress);
                    System.out.flush();
                    audit(db, "standard output", rows, waiting);
                    return 0;
                }
                long[] rows = {0};
                Export.toFile(target, os -> rows[0] = write(db, store, os, progress),
                        () -> audit(db, target.toString(), rows[0], waiting));
            }
            main.err().println(main.wording().get("wrote", target));
        }
        return 0;
    }

    /**
     * Writes the register as one snapshot (a long import of another process neither makes it wait
     * nor gets half into it) and returns the rows written.
     */
    private long write(Database db, RegisterStore store, OutputStream os, ProgressLine progress) throws IOException {
        try {
            return db.snapshot(() -> {
                try {
                    if (format == Format.xlsx) {
                        Export.xlsx(store, register, os, chinese(), progress);
                    } else {
                        Export.csv(store, register, os, chinese(), progress);
                    }
                    return store.count(register);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private boolean chinese() {
        return headers == null ? format == Format.xlsx : headers == Headers.zh;
    }

    /** Who took which personal data out (SPEC 9), recorded even while another process writes for long. */
    private void audit(Database db, String where, long rows, Runnable waiting) {
        Audit.recordOutwaiting(db, "export", register.fileName(), Map.of("file", where, "format", format.name(),
                "rows", rows, "masked", !db.account().may(Role.Permission.SEE_FULL_NUMBERS)), waiting);
    }

    /** Standard output stays open after the CSV writer is done with it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
