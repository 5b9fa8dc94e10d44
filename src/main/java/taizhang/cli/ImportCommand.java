package taizhang.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import taizhang.domain.Register;
import taizhang.domain.Role;
import taizhang.io.Encoding;
import taizhang.io.Import;
import taizhang.storage.Database;

@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "REGISTER", converter = RegisterName.class, descriptionKey = "register")
    Register register;

    @Parameters(index = "1", paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--encoding", paramLabel = "auto|utf-8|gb18030", converter = Checked.EncodingName.class)
    String encoding = "auto";

    @Option(names = "--skip-invalid")
    boolean skipInvalid;

    @Option(names = "--dry-run")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
        Context ctx = main.context();
        Wording w = main.wording();
        PrintWriter out = main.out();
        PrintWriter err = main.err();
        Import.Report report;
        try (Database db = ctx.open(Role.Permission.IMPORT); ProgressLine progress = main.progress("progress.rows")) {
            report = new Import(db, ctx.today()).run(register, file, new Import.Options(
                    Encoding.named(encoding), skipInvalid, dryRun, w::problem, progress));
        }
        w.list(file.toString(), report.errors(), false, err);
        w.list(file.toString(), report.warnings(), true, err);
        out.println(summary(report, w));
        err.flush();
        out.flush();
        return report.ok() ? 0 : 1;
    }

    private String summary(Import.Report r, Wording w) {
        String counts = w.get("import.added", r.added()) + (r.updated() > 0 ? w.get("import.updated", r.updated()) : "")
                + (r.unchanged() > 0 ? w.get("import.unchanged", r.unchanged()) : "");
        String read = w.count("import.read", r.rows(), file, register.label(w.language()), r.rows());
        if (dryRun) {
            return read + (r.errors().isEmpty() ? w.get("import.dry_ok", counts)
                    : w.count("import.dry_errors", r.errors().count(), r.errors().count()));
        }
        if (!r.committed()) {
            return read + w.count("import.nothing", r.errors().count(), r.errors().count());
        }
        String rejected = r.rejected() > 0 ? w.count("import.rejected", r.rejected(), r.rejected(), r.rejectsFile()) : "";
        return read + w.get("import.counts", counts) + rejected
                + (r.warnings().isEmpty() ? "" : w.count("import.warnings", r.warnings().count(), r.warnings().count()));
    }
}
