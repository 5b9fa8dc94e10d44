package taizhang.cli;

import java.io.IOException;
import java.io.OutputStream;
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
        boolean chinese = headers == null ? format == Format.xlsx : headers == Headers.zh;
        Path target = out == null && format == Format.xlsx ? Path.of(register.fileName() + ".xlsx") : out;
        try (Database db = ctx.open(Role.Permission.EXPORT)) {
            RegisterStore store = new RegisterStore(db);
            long rows = store.count(register);
            try (ProgressLine progress = main.progress("progress.rows")) {
                if (target == null) {
                    Export.csv(store, register, new NonClosing(System.out), chinese, progress);
                    System.out.flush();
                    audit(db, "standard output", rows);
                    return 0;
                }
                Export.toFile(target, os -> {
                    if (format == Format.xlsx) {
                        Export.xlsx(store, register, os, chinese, progress);
                    } else {
                        Export.csv(store, register, os, chinese, progress);
                    }
                });
            }
            audit(db, target.toString(), rows);
            main.err().println(main.wording().get("wrote", target));
        }
        return 0;
    }

    /** Who took which personal data out (SPEC 9). */
    private void audit(Database db, String where, long rows) {
        Audit.record(db, "export", register.fileName(), Map.of("file", where, "format", format.name(), "rows", rows,
                "masked", !db.account().may(Role.Permission.SEE_FULL_NUMBERS)));
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
