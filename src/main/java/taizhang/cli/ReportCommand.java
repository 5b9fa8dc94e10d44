package taizhang.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import taizhang.domain.Language;
import taizhang.domain.Period;
import taizhang.domain.Role;
import taizhang.domain.Sheet;
import taizhang.io.Export;
import taizhang.io.SheetCsv;
import taizhang.io.SheetText;
import taizhang.io.SheetXlsx;
import taizhang.storage.Audit;
import taizhang.storage.Database;
import taizhang.tally.Closing;
import taizhang.tally.Flags;
import taizhang.tally.Indicator;
import taizhang.tally.Report;
import taizhang.tally.ReportCells;
import taizhang.tally.Tally;

@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

    enum Format { table, csv, xlsx }

    @ParentCommand
    Main main;

    @Option(names = "--period", required = true, paramLabel = "P")
    List<String> periods;

    @Option(names = "--area", paramLabel = "CODE")
    String area;

    @Option(names = "--format", paramLabel = "table|csv|xlsx")
    Format format;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    /** The audit entry of the file written (SPEC 9). */
    private Runnable record;

    @Option(names = "--rank", paramLabel = "INDICATOR")
    String rank;

    @Override
    public Integer call() throws IOException {
        Context ctx = main.context();
        if (format == null) {
            String guessed = FileFormat.of(out);
            format = guessed == null ? Format.table : Format.valueOf(guessed);
        }
        List<Period> asked = new ArrayList<>();
        for (String p : periods) {
            asked.add(Period.parse(p));
        }
        if (asked.size() > 1 && format == Format.csv) {
            throw new Failure.InvalidInput("one_period_in_csv");
        }
        Indicator rankBy = rank == null ? Flags.DEFAULT_RANK : Indicator.byId(rank);
        // A report written to a file is audited: that writes the database.
        try (Database db = ctx.open(Role.Permission.REPORT, out != null || format == Format.xlsx)) {
            Tally tally = new Tally(db);
            Flags.Rules rules = tally.flagRules(rankBy);
            List<Sheet> sheets = new ArrayList<>();
            try (ProgressLine progress = main.progress("progress.steps")) {
                for (int i = 0; i < asked.size(); i++) {
                    int before = i;
                    Report report = tally.report(asked.get(i), area, (done, total) -> progress.at(
                            before * total + done, asked.size() * total));
                    Flags flags = Flags.of(report, rules);
                    sheets.add(format == Format.table ? withClosing(ReportCells.table(report, flags, rules,
                            ctx.language()), report, new Closing(tally), ctx.language())
                            : ReportCells.full(report, flags, ctx.language()));
                }
            }
            // A file's audit entry, written before the file is given its name: one that cannot be recorded is not left.
            record = () -> Audit.recordOutwaiting(db, "report", null, Map.of("file", out.toString(), "format",
                    format.name(), "periods", asked.stream().map(Period::toString).toList(), "area",
                    area == null ? "" : area), main.waitingToRecord());
            switch (format) {
                case csv -> writeText(w -> SheetCsv.write(sheets.get(0), w));
                case table -> writeText(w -> {
                    PrintWriter pw = new PrintWriter(w);
                    sheets.forEach(s -> SheetText.write(s, pw));
                    pw.flush();
                });
                case xlsx -> {
                    if (out == null) {
                        out = Path.of("report-" + asked.get(0).toString().replace(':', '-') + ".xlsx");
                    }
                    writeBinary(o -> SheetXlsx.write(sheets, o));
                    main.err().println(main.wording().get("wrote", out));
                }
            }
        }
        return 0;
    }

    /** A closed month's table with its frozen figures and what was registered since below it (SPEC 7). */
    private Sheet withClosing(Sheet table, Report report, Closing closing, Language language) {
        Period period = report.period();
        if (period.kind() != Period.Kind.MONTH) {
            return table;
        }
        YearMonth month = YearMonth.of(period.year(), period.part());
        Optional<Closing.ClosedMonth> closed = closing.closed(month, area);
        if (closed.isEmpty()) {
            return table;
        }
        List<String> notes = new ArrayList<>(table.notes());
        notes.add("");
        notes.addAll(ReportCells.closedNotes(report, closed.get(), closing.enteredSince(month, area), language));
        return new Sheet(table.name(), table.title(), table.columns(), table.rows(), table.frozen(), notes);
    }

    private interface TextOutput {
        void write(Writer w) throws IOException;
    }

    private interface BinaryOutput {
        void write(OutputStream o) throws IOException;
    }

    private void writeText(TextOutput output) throws IOException {
        if (out == null) {
            // Main's writers are UTF-8 whatever the locale says.
            output.write(main.out());
            return;
        }
        Export.toFile(out, os -> {
            Writer w = new OutputStreamWriter(new BufferedOutputStream(os), StandardCharsets.UTF_8);
            output.write(w);
            w.flush();
        }, record);
    }

    private void writeBinary(BinaryOutput output) throws IOException {
        Export.toFile(out, os -> {
            OutputStream o = new BufferedOutputStream(os);
            output.write(o);
            o.flush();
        }, record);
    }
}
