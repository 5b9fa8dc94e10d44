package taizhang.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import java.util.Map;
import taizhang.domain.Account;
import taizhang.domain.Dates;
import taizhang.domain.Invalid;
import taizhang.domain.Problem;
import taizhang.domain.Register;
import taizhang.domain.Role;
import taizhang.io.BirthList;
import taizhang.io.Encoding;
import taizhang.io.Export;
import taizhang.reconcile.Reconciliation;
import taizhang.reconcile.Result;
import taizhang.reconcile.Row;
import taizhang.reconcile.Source;
import taizhang.reconcile.Summary;
import taizhang.ui.ReconcileWorkbook;
import taizhang.storage.Audit;
import taizhang.storage.Database;

/** {@code reconcile births FILE --source hospital|police}: SPEC 12. */
@Command(name = "reconcile", mixinStandardHelpOptions = true, subcommands = ReconcileCommand.Births.class)
final class ReconcileCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    /** This command as picocli runs it (its full name in "see: taizhang reconcile --help"). */
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), main.wording().get("reconcile.what"));
    }

    @Command(name = "births", mixinStandardHelpOptions = true)
    static final class Births implements Callable<Integer> {
        enum Format { table, csv, xlsx }

        @ParentCommand
        ReconcileCommand parent;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
        Path file;

        @Option(names = "--source", required = true, paramLabel = "hospital|police", converter = SourceName.class)
        Source source;

        @Option(names = "--from", paramLabel = "DATE")
        String from;

        @Option(names = "--to", paramLabel = "DATE")
        String to;

        @Option(names = "--format", paramLabel = "table|csv|xlsx")
        Format format;

        @Option(names = "--out", paramLabel = "FILE")
        Path out;

        @Option(names = "--encoding", paramLabel = "auto|utf-8|gb18030", converter = Checked.EncodingName.class)
        String encoding = "auto";

        @Override
        public Integer call() throws IOException {
            Main main = parent.main;
            Context ctx = main.context();
            LocalDate start = date("--from", from);
            LocalDate end = date("--to", to);
            if (start != null && end != null && end.isBefore(start)) {
                throw new Failure.InvalidInput("reconcile.to_before_from", end, start);
            }
            if (format == null) {
                String guessed = FileFormat.of(out);
                format = guessed == null ? Format.table : Format.valueOf(guessed);
            }
            PrintWriter err = main.err();
            Wording w = main.wording();
            try (Database db = ctx.open(Role.Permission.IMPORT)) {
                BirthList.Read list;
                try (ProgressLine progress = main.progress("progress.bytes")) {
                    list = BirthList.read(file, Encoding.named(encoding), db, ctx.today(), progress);
                }
                w.list(file.toString(), list.errors(), false, err);
                w.list(file.toString(), list.warnings(), true, err);
                if (!list.ok()) {
                    err.println(w.count("reconcile.read", list.read(), file, list.read())
                            + w.count("reconcile.nothing", list.errors().count(), list.errors().count()));
                    return Failure.EXIT_CODE;
                }
                Reconciliation reconciliation = new Reconciliation(db, ctx.today());
                Reconciliation.Kept kept = reconciliation.run(new Reconciliation.Request(source, file.toString(),
                        list.sha256()), list.rows(), start, end);
                if (kept.result().leftOut() > 0) {
                    err.println(w.problem(leftOut(kept.result().leftOut(), db.account())));
                }
                write(main, ctx, kept, reconciliation.summary(kept.result()), target -> recording(main, db, target, kept));
            }
            return 0;
        }

        /**
         * A file's audit entry (SPEC 9: who took which personal data out), written before the file
         * is given its name, as export's: one that cannot be recorded is not left behind.
         */
        private Runnable recording(Main main, Database db, Path target, Reconciliation.Kept kept) {
            return () -> Audit.recordOutwaiting(db, "reconcile.export", Register.BIRTHS.fileName(), Map.of("file",
                    target.toString(), "format", format.name(), "rows", kept.result().rows().size(), "source",
                    source.code()), main.waitingToRecord());
        }

        /** What a clerk whose scope is part of the list's area is told about the rest of the list. */
        static Problem leftOut(int rows, Account account) {
            return Problem.of(Problem.Code.LIST_ROWS_LEFT_OUT, rows, account.login(), account.scope().toString());
        }

        /** Writes the result as asked; a file is recorded by {@code recording} before it is named. */
        private void write(Main main, Context ctx, Reconciliation.Kept kept, List<Summary.Line> summary,
                           java.util.function.Function<Path, Runnable> recording) throws IOException {
            Result result = kept.result();
            switch (format) {
                case table -> {
                    if (out == null) {
                        ReconcileTable.write(result, summary, ctx.language(), main.out());
                        return;
                    }
                    Export.toFile(out, os -> {
                        PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8));
                        ReconcileTable.write(result, summary, ctx.language(), w);
                        w.flush();
                    }, recording.apply(out));
                }
                case csv -> {
                    if (out == null) {
                        ByteArrayOutputStream csv = new ByteArrayOutputStream();
                        Export.csv(Row.COLUMNS, result.values(), csv);
                        main.out().write(csv.toString(StandardCharsets.UTF_8));
                        main.out().flush();
                        ReconcileTable.summary(summary, ctx.language(), main.err());
                        return;
                    }
                    Export.toFile(out, os -> Export.csv(Row.COLUMNS, result.values(), os), recording.apply(out));
                    ReconcileTable.summary(summary, ctx.language(), main.out());
                }
                case xlsx -> {
                    Path target = out != null ? out : Path.of("reconcile-" + source.code() + ".xlsx");
                    Export.toFile(target, os -> ReconcileWorkbook.write(kept, summary, ctx.language(), os), recording.apply(target));
                    ReconcileTable.summary(summary, ctx.language(), main.out());
                    main.err().println(main.wording().get("wrote", target));
                }
                default -> throw new IllegalStateException("format " + format);
            }
        }

        private static LocalDate date(String option, String text) {
            if (text == null) {
                return null;
            }
            try {
                return Dates.parseDate(text);
            } catch (Invalid e) {
                throw new Failure.InvalidInput("option_value", option, e.problem(option, text));
            }
        }
    }

    /** hospital or police; anything else is a usage error. */
    static final class SourceName implements CommandLine.ITypeConverter<Source> {
        @Override
        public Source convert(String value) {
            Source s = Source.byCode(value);
            if (s == null) {
                throw new CommandLine.TypeConversionException(value);
            }
            return s;
        }
    }
}
