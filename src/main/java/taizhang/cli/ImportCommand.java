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

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a register from CSV, all or nothing: on any error nothing is written.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "REGISTER", converter = RegisterName.class,
            description = RegisterName.NAMES)
    Register register;

    @Parameters(index = "1", paramLabel = "FILE", description = "the CSV file (UTF-8 or GB18030, detected)")
    Path file;

    @Option(names = "--encoding", paramLabel = "auto|utf-8|gb18030", description = "override the detected encoding")
    String encoding = "auto";

    @Option(names = "--skip-invalid", description = "import the valid rows; write the rejected ones beside FILE")
    boolean skipInvalid;

    @Option(names = "--dry-run", description = "check only; write nothing")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
        Context ctx = main.context();
        PrintWriter out = main.out();
        PrintWriter err = main.err();
        Import.Report report;
        try (Database db = ctx.open(Role.Permission.IMPORT)) {
            report = new Import(db, ctx.today())
                    .run(register, file, new Import.Options(Encoding.named(encoding), skipInvalid, dryRun));
        }
        report.errors().forEach(err::println);
        report.warnings().forEach(err::println);
        out.println(summary(report));
        err.flush();
        out.flush();
        return report.ok() ? 0 : 1;
    }

    private String summary(Import.Report r) {
        String counts = r.added() + " added" + (r.updated() > 0 ? ", " + r.updated() + " updated" : "")
                + (r.unchanged() > 0 ? ", " + r.unchanged() + " unchanged" : "");
        String name = file + ": " + register.fileName() + ": " + Counted.of(r.rows(), "row", "rows") + " read";
        String errors = Counted.of(r.errors().size(), "error", "errors");
        if (dryRun) {
            return name + "; dry run: " + (r.errors().isEmpty() ? "no errors, " + counts + " if imported"
                    : errors) + "; nothing written";
        }
        if (!r.committed()) {
            return name + "; " + errors + "; nothing imported";
        }
        String rejected = r.rejected() > 0 ? "; " + Counted.of(r.rejected(), "row", "rows") + " rejected, written to "
                + r.rejectsFile() : "";
        return name + "; " + counts + rejected
                + (r.warnings().isEmpty() ? "" : "; " + Counted.of(r.warnings().size(), "warning", "warnings"));
    }
}
