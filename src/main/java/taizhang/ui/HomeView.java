package taizhang.ui;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import taizhang.domain.Register;
import taizhang.io.Width;
import taizhang.storage.Summary;
import taizhang.tally.Closing;
import taizhang.tally.Flags;

/**
 * The first screen: the current period, the tally's headline figures with 12-month sparklines,
 * every register with its count and its key, and what needs attention (months not closed,
 * records with warnings). What is quick comes in the first frame, the rest just after.
 */
final class HomeView implements View {
    private static final List<Command> COMMANDS = List.of(Command.HELP, Command.REGISTER, Command.TALLY,
            Command.RECONCILE, Command.OPEN, Command.QUIT, Command.UP, Command.DOWN);
    /** The registers in the order of their keys 1..9, 0. */
    static final List<Register> REGISTERS = List.of(Register.PERSONS, Register.BIRTHS, Register.DEATHS,
            Register.MARRIAGES, Register.MIGRATIONS, Register.BENEFITS, Register.VISITS, Register.POPULATION,
            Register.AREAS, Register.SCHEMES);
    private static final int WARNINGS_SHOWN = 6;

    private final String title;
    private int cursor;
    private Figures figures;
    /** What comes after the first frame; null until it has arrived. */
    private Slow slow;
    private boolean slowAsked;

    /** What home shows at once (read, at start-up, while the terminal is set up). */
    record Figures(Map<Register, Long> counts, List<YearMonth> openMonths) {
        /** The months not closed are the tally's own answer (one definition, {@link Closing#notClosed}). */
        static Figures read(Summary summary, Closing closing, java.time.LocalDate today) {
            return new Figures(summary.counts(), closing.notClosed(today, 12));
        }
    }

    /**
     * What takes a while, read after the first frame, on connections of their own, side by side:
     * the tally's headline figures (a value of null when there is no tally yet: no areas) and the
     * records with warnings. (A server shares it between sessions: {@link SharedHome}.)
     */
    record Slow(Part<Headline> headline, Part<List<Warning>> warnings) {
        static Slow read(Office office, taizhang.domain.Language language) {
            java.time.LocalDate today = office.today;
            java.util.concurrent.CompletableFuture<Part<Headline>> headline = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> Part.read(office, db -> Headline.read(db, today, language)));
            ProblemText words = ProblemText.of(language);
            Part<List<Warning>> warnings = Part.read(office, db -> new Summary(db)
                    .warnings(today.minusMonths(3), today, WARNINGS_SHOWN).stream()
                    .map(f -> new Warning(f.register(), f.id(), words.message(f.problem()))).toList());
            return new Slow(headline.join(), warnings);
        }

        boolean failed() {
            return headline.failure() != null || warnings.failure() != null;
        }
    }

    /** A record with a warning, as home lists it: which record, and the warning in the interface language. */
    record Warning(Register register, long id, String text) {
    }

    /** One slow part: its value, or why it could not be read (busy or broken: said, not shown as "no figures"). */
    record Part<T>(T value, String failure) {
        static <T> Part<T> read(Office office, java.util.function.Function<taizhang.storage.Database, T> reading) {
            try (taizhang.storage.Database db = office.another()) {
                return new Part<>(reading.apply(db), null);
            } catch (RuntimeException e) {
                return new Part<>(null, e instanceof taizhang.storage.StorageException ? e.getMessage()
                        : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
        }
    }

    /** Where what is counted now is kept for the next start (null: nothing to keep). */
    private KeptHome counting;

    /** The slow parts already being read when home was made (the start's), or null: asked for when drawn. */
    private java.util.concurrent.CompletableFuture<Slow> early;

    HomeView(App app, Figures ready, java.util.concurrent.CompletableFuture<Slow> early) {
        this.title = app.text.get("home.title");
        Slow done = early != null && early.isDone() && !early.isCompletedExceptionally() ? early.join() : null;
        if (done != null && !done.failed()) {
            this.slow = done; // kept from the last count: home is complete in its first frame
            this.slowAsked = true;
        } else {
            this.early = early;
        }
        // Before the database is open (the start's first frame) there are no figures yet: null.
        if (ready == null && app.office != null) {
            counting = KeptHome.counting(app.office, app.text.language());
        }
        this.figures = ready != null || app.office == null ? ready : app.office.homeFigures();
    }

    /**
     * Counts and attention, read again when the clerk comes back from a register or someone else
     * saved; the headline figures follow beside the screens, the old ones shown until then.
     */
    @Override
    public void refresh(App app) {
        counting = KeptHome.counting(app.office, app.text.language());
        figures = app.office.homeFigures();
        slowAsked = false; // the figures on view stay until the new ones arrive
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public List<Command> commands() {
        return COMMANDS;
    }

    @Override
    public void command(Command c, App app) {
        switch (c) {
            case UP -> cursor = (cursor + REGISTERS.size() - 1) % REGISTERS.size();
            case DOWN -> cursor = (cursor + 1) % REGISTERS.size();
            case OPEN -> open(app, REGISTERS.get(cursor));
            case TALLY -> app.push(new TallyView(app));
            case RECONCILE -> ReconcileView.open(app);
            default -> {
            }
        }
    }

    @Override
    public void command(Command c, Input in, App app) {
        if (c == Command.REGISTER) {
            openDigit(app, in.stroke().getCharacter());
        } else {
            command(c, app);
        }
    }

    void open(App app, Register r) {
        app.push(new TableView(app, r));
    }

    /** The REGISTER command carries its digit in the key; the App hands the stroke over here. */
    void openDigit(App app, char digit) {
        int i = digit == '0' ? 9 : digit - '1';
        if (i >= 0 && i < REGISTERS.size()) {
            cursor = i;
            open(app, REGISTERS.get(i));
        }
    }

    /** Whether everything home shows is in (the tally's figures arrive after the first frame). */
    boolean complete() {
        return slow != null;
    }

    /** The slow parts, asked for once per visit (they take a while on a large county). */
    private void askSlowParts(App app) {
        if (slowAsked || app.office == null) {
            return;
        }
        slowAsked = true;
        Office office = app.office;
        taizhang.domain.Language language = app.text.language();
        java.util.concurrent.CompletableFuture<Slow> started = early;
        early = null;
        KeptHome kept = counting;
        Figures counted = figures;
        counting = null;
        app.later(() -> started != null ? started.join() : kept == null ? office.homeSlow(language)
                : kept.countedNow(office, counted, office.homeSlow(language)), s -> {
            slow = s;
            failed(s.headline(), app);
            failed(s.warnings(), app);
        });
    }

    private static void failed(Part<?> p, App app) {
        if (p.failure() != null) {
            app.error(app.text.get("home.figures_failed", p.failure()));
        }
    }

    /** The tally's headline figures. */
    private int drawHeadline(Canvas canvas, App app) {
        askSlowParts(app);
        int cols = canvas.columns();
        Part<Headline> headline = slow == null ? null : slow.headline();
        Headline figures = headline == null ? null : headline.value();
        canvas.text(1, 3, app.text.get("home.headline", figures == null ? "…" : figures.area()), cols - 1,
                Canvas.Style.BOLD);
        if (figures == null) {
            String why = headline == null ? "home.headline_pending"
                    : headline.failure() != null ? "home.headline_failed" : "home.headline_none";
            canvas.text(3, 4, app.text.get(why), cols - 3, Canvas.Style.DIM);
            return 5;
        }
        int label = 0;
        for (Headline.Figure f : figures.figures()) {
            label = Math.max(label, Width.of(f.label()));
        }
        // Two figures a line when their labels leave room for both: label, value and 12 months.
        int perRow = 2 * (label + FIGURE) + 2 <= cols ? 2 : 1;
        int width = (cols - 2) / perRow;
        int row = 4;
        for (int i = 0; i < figures.figures().size(); i++) {
            Headline.Figure f = figures.figures().get(i);
            int col = 1 + (i % perRow) * width;
            String mark = f.flag() == null ? " " : f.flag().mark();
            Canvas.Style style = f.flag() == Flags.Flag.SRB_OUT_OF_RANGE ? Canvas.Style.ERROR
                    : f.flag() == Flags.Flag.SRB_FEW_BIRTHS ? Canvas.Style.WARNING : Canvas.Style.NORMAL;
            int c = canvas.text(col, row, f.label(), width - FIGURE, Canvas.Style.NORMAL);
            c = canvas.text(c, row, Width.padLeft(f.value() + mark, 7), style);
            canvas.text(c, row, " " + f.sparkline(), Canvas.Style.NORMAL);
            if (i % perRow == perRow - 1) {
                row++;
            }
        }
        return figures.figures().size() % perRow == 0 ? row : row + 1;
    }

    /** Columns of a headline figure besides its label: a space, the value with its flag mark, a space, 12 months. */
    private static final int FIGURE = 1 + 7 + 1 + Headline.MONTHS;

    @Override
    public void draw(Canvas canvas, App app) {
        int cols = canvas.columns();
        // The month as text: YearMonth's first use builds its parser, a cost the first frame need not pay.
        String period = app.today.toString().substring(0, 7);
        canvas.text(1, 1, app.text.get("home.period", period), cols - 1, Canvas.Style.BOLD);
        int top = drawHeadline(canvas, app) + 1;
        int half = cols >= 76 ? cols / 2 : cols;
        canvas.text(1, top, app.text.get("home.registers"), half - 1, Canvas.Style.BOLD);
        for (int i = 0; i < REGISTERS.size(); i++) {
            Register r = REGISTERS.get(i);
            String key = String.valueOf(i == 9 ? 0 : i + 1);
            String name = app.text.get("register." + r.fileName());
            String line = " " + key + "  " + Width.pad(name, 14)
                    + Width.padLeft(figures == null ? "..." : String.valueOf(figures.counts().get(r)), 9) + " ";
            canvas.text(1, top + 1 + i, line, Math.min(half - 2, Width.of(line)),
                    i == cursor ? Canvas.Style.REVERSE : Canvas.Style.NORMAL);
        }
        int col = half == cols ? 1 : half;
        int row = half == cols ? top + 12 : top;
        drawAttention(canvas, app, col, row, cols - col);
    }

    /** What needs attention: the months not closed (as runs: 2025-11..2026-10), the records with warnings. */
    private void drawAttention(Canvas canvas, App app, int col, int top, int width) {
        int last = canvas.statusRow() - 1;
        int row = top;
        canvas.text(col, row++, app.text.get("home.attention"), width, Canvas.Style.BOLD);
        if (figures == null) {
            row = wrapped(canvas, col + 1, row, app.text.get("home.warnings_pending"), width - 1, Canvas.Style.DIM);
            return;
        }
        if (figures.openMonths().isEmpty()) {
            row = wrapped(canvas, col + 1, row, app.text.get("home.all_closed"), width - 1, Canvas.Style.NORMAL);
        } else {
            canvas.text(col + 1, row++, app.text.count("home.open_months", figures.openMonths().size()), width - 1,
                    Canvas.Style.WARNING);
            row = wrapped(canvas, col + 3, row, runs(figures.openMonths()), width - 3, Canvas.Style.NORMAL);
        }
        Part<List<Warning>> warnings = slow == null ? null : slow.warnings();
        if (warnings == null) {
            row = wrapped(canvas, col + 1, row, app.text.get("home.warnings_pending"), width - 1, Canvas.Style.DIM);
        } else if (warnings.failure() != null || warnings.value().isEmpty()) {
            row = wrapped(canvas, col + 1, row, app.text.get(warnings.failure() == null ? "home.no_warnings"
                    : "home.warnings_failed"), width - 1, Canvas.Style.NORMAL);
        } else {
            List<Warning> flagged = warnings.value();
            canvas.text(col + 1, row++, app.text.count("home.warnings", flagged.size()), width - 1,
                    Canvas.Style.WARNING);
            for (int i = 0; i < flagged.size(); i++) {
                Warning f = flagged.get(i);
                String who = app.text.get("register." + f.register().fileName()) + " #" + f.id() + " " + f.text();
                List<String> lines = Width.wrap(who, width - 3);
                int room = last + 1 - row - (i < flagged.size() - 1 ? 1 : 0);
                if (lines.size() > room) {
                    canvas.text(col + 3, row, app.text.get("home.warnings_more", flagged.size() - i), width - 3,
                            Canvas.Style.DIM);
                    break;
                }
                row = wrapped(canvas, col + 3, row, who, width - 3, Canvas.Style.NORMAL);
            }
        }
    }

    /** Draws {@code text} over as many lines as it needs; returns the row after it. */
    private static int wrapped(Canvas canvas, int col, int row, String text, int width, Canvas.Style style) {
        for (String line : Width.wrap(text, width)) {
            canvas.text(col, row++, line, width, style);
        }
        return row;
    }

    /** Months as runs of consecutive months: {@code 2025-11..2026-09 2026-11}. */
    static String runs(List<YearMonth> months) {
        List<YearMonth> sorted = months.stream().sorted().toList();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1).equals(sorted.get(j).plusMonths(1))) {
                j++;
            }
            out.append(out.length() == 0 ? "" : " ").append(sorted.get(i));
            if (j > i) {
                out.append("..").append(sorted.get(j));
            }
            i = j + 1;
        }
        return out.toString();
    }
}
