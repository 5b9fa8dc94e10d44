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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import taizhang.domain.Period;
import taizhang.domain.Role;
import taizhang.domain.Sheet;
import taizhang.io.Export;
import taizhang.io.SheetCsv;
import taizhang.io.SheetText;
import taizhang.io.SheetXlsx;
import taizhang.storage.Audit;
import taizhang.storage.Database;
import taizhang.tally.Flags;
import taizhang.tally.Indicator;
import taizhang.tally.Report;
import taizhang.tally.ReportCells;
import taizhang.tally.Tally;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "The tally of a period: every indicator for each village, township and the county.")
final class ReportCommand implements Callable<Integer> {

    enum Format { table, csv, xlsx }

    @ParentCommand
    Main main;

    @Option(names = "--period", required = true, paramLabel = "P",
            description = "2026-10, 2026-Q3, 2026, sy:2026 or ytd:2026-10; xlsx takes several (one sheet each)")
    List<String> periods;

    @Option(names = "--area", paramLabel = "CODE", description = "a township or village (default: the whole county)")
    String area;

    @Option(names = "--format", paramLabel = "table|csv|xlsx",
            description = "default: from --out's extension (.csv, .xlsx), else table")
    Format format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "write here (default: standard output; XLSX: report-PERIOD.xlsx)")
    Path out;

    @Option(names = "--rank", paramLabel = "INDICATOR",
            description = "mark the village ranking last on this indicator (table, xlsx; default timely_pct)")
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
            throw new Failure.InvalidInput("a CSV report holds one period; ask for several with --format xlsx");
        }
        Indicator rankBy = rank == null ? Flags.DEFAULT_RANK : Indicator.byId(rank);
        try (Database db = ctx.open(Role.Permission.REPORT)) {
            Tally tally = new Tally(db);
            Flags.Rules rules = tally.flagRules(rankBy);
            List<Sheet> sheets = new ArrayList<>();
            for (Period p : asked) {
                Report report = tally.report(p, area);
                Flags flags = Flags.of(report, rules);
                sheets.add(format == Format.table ? ReportCells.table(report, flags, rules, ctx.language())
                        : ReportCells.full(report, flags, ctx.language()));
            }
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
                    main.err().println("wrote " + out);
                }
            }
            if (out != null) {
                Audit.record(db, "report", null, Map.of("file", out.toString(), "format", format.name(),
                        "periods", asked.stream().map(Period::toString).toList(), "area", area == null ? "" : area));
            }
        }
        return 0;
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
        });
    }

    private void writeBinary(BinaryOutput output) throws IOException {
        Export.toFile(out, os -> {
            OutputStream o = new BufferedOutputStream(os);
            output.write(o);
            o.flush();
        });
    }
}
