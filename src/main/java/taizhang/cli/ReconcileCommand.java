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
import taizhang.storage.Audit;
import taizhang.storage.Database;

/** {@code reconcile births FILE --source hospital|police}: SPEC 12. */
@Command(name = "reconcile", mixinStandardHelpOptions = true, subcommands = ReconcileCommand.Births.class,
        description = "Compare a hospital's or the police's list with the register (数据比对).")
final class ReconcileCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(new CommandLine(this), "say what to reconcile: reconcile births FILE");
    }

    @Command(name = "births", mixinStandardHelpOptions = true,
            description = "Each row of a list of births matched, in conflict or missing from the register; the"
                    + " register's births in the window that the list lacks; completeness per village.")
    static final class Births implements Callable<Integer> {
        enum Format { table, csv, xlsx }

        @ParentCommand
        ReconcileCommand parent;

        @Parameters(index = "0", paramLabel = "FILE", description = "the list, CSV (UTF-8 or GB18030, detected)")
        Path file;

        @Option(names = "--source", required = true, paramLabel = "hospital|police", converter = SourceName.class,
                description = "whose list it is: hospital (出生医学证明) or police (户籍登记)")
        Source source;

        @Option(names = "--from", paramLabel = "DATE", description = "window start (default: the list's earliest birth)")
        String from;

        @Option(names = "--to", paramLabel = "DATE", description = "window end (default: the list's latest birth)")
        String to;

        @Option(names = "--format", paramLabel = "table|csv|xlsx",
                description = "default: from --out's extension (.csv, .xlsx), else table")
        Format format;

        @Option(names = "--out", paramLabel = "FILE",
                description = "write here (default: standard output; XLSX: reconcile-SOURCE.xlsx)")
        Path out;

        @Option(names = "--encoding", paramLabel = "auto|utf-8|gb18030", description = "override the detected encoding")
        String encoding = "auto";

        @Override
        public Integer call() throws IOException {
            Main main = parent.main;
            Context ctx = main.context();
            LocalDate start = date("--from", from);
            LocalDate end = date("--to", to);
            if (start != null && end != null && end.isBefore(start)) {
                throw new Failure.InvalidInput("--to " + end + " is before --from " + start);
            }
            if (format == null) {
                String guessed = FileFormat.of(out);
                format = guessed == null ? Format.table : Format.valueOf(guessed);
            }
            PrintWriter err = main.err();
            try (Database db = ctx.open(Role.Permission.IMPORT)) {
                BirthList.Read list = BirthList.read(file, Encoding.named(encoding), db, ctx.today(), file.toString());
                list.errors().forEach(err::println);
                list.warnings().forEach(err::println);
                if (!list.ok()) {
                    err.println(file + ": " + list.read() + " rows read; " + list.errors().size()
                            + " errors; nothing compared");
                    return Failure.EXIT_CODE;
                }
                Reconciliation reconciliation = new Reconciliation(db, ctx.today());
                Reconciliation.Kept kept = reconciliation.run(new Reconciliation.Request(source, file.toString(),
                        list.sha256()), list.rows(), start, end);
                if (kept.result().leftOut() > 0) {
                    err.println(leftOut(kept.result().leftOut(), db.account()));
                }
                Path written = write(main, ctx, kept, reconciliation.summary(kept.result()));
                if (written != null) {
                    Audit.record(db, "reconcile.export", Register.BIRTHS.fileName(), Map.of("file", written.toString(),
                            "format", format.name(), "rows", kept.result().rows().size(), "source", source.code()));
                }
            }
            return 0;
        }

        /** What a clerk whose scope is part of the list's area is told about the rest of the list. */
        static String leftOut(int rows, Account account) {
            return rows + " rows of the list left out: they name a village outside the scope of " + account.login()
                    + " (" + account.scope() + "), or none, and match no birth in it";
        }

        /** Writes the result as asked; returns the file written, or null for standard output. */
        private Path write(Main main, Context ctx, Reconciliation.Kept kept, List<Summary.Line> summary)
                throws IOException {
            Result result = kept.result();
            switch (format) {
                case table -> {
                    if (out == null) {
                        ReconcileTable.write(result, summary, ctx.language(), main.out());
                        return null;
                    }
                    Export.toFile(out, os -> {
                        PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8));
                        ReconcileTable.write(result, summary, ctx.language(), w);
                        w.flush();
                    });
                    return out;
                }
                case csv -> {
                    if (out == null) {
                        ByteArrayOutputStream csv = new ByteArrayOutputStream();
                        Export.csv(Row.COLUMNS, result.values(), csv);
                        main.out().write(csv.toString(StandardCharsets.UTF_8));
                        main.out().flush();
                        ReconcileTable.summary(summary, ctx.language(), main.err());
                        return null;
                    }
                    Export.toFile(out, os -> Export.csv(Row.COLUMNS, result.values(), os));
                    ReconcileTable.summary(summary, ctx.language(), main.out());
                    return out;
                }
                case xlsx -> {
                    Path target = out != null ? out : Path.of("reconcile-" + source.code() + ".xlsx");
                    Export.toFile(target, os -> Export.xlsx(List.of(
                            new Export.Sheet(Reconciliation.ROWS_SHEET, Row.COLUMNS, result.values()),
                            new Export.Sheet(Reconciliation.SUMMARY_SHEET, Summary.COLUMNS, Summary.values(summary))),
                            kept.title(), true, os));
                    ReconcileTable.summary(summary, ctx.language(), main.out());
                    main.err().println("wrote " + target);
                    return target;
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
            } catch (Dates.Invalid e) {
                throw new Failure.InvalidInput(option + ": \"" + text + "\" " + e.getMessage());
            }
        }
    }

    /** hospital or police; anything else is a usage error. */
    static final class SourceName implements CommandLine.ITypeConverter<Source> {
        @Override
        public Source convert(String value) {
            Source s = Source.byCode(value);
            if (s == null) {
                throw new CommandLine.TypeConversionException("--source must be hospital or police, not '" + value + "'");
            }
            return s;
        }
    }
}
