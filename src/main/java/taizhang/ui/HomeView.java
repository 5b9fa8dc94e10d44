package taizhang.ui;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import taizhang.domain.Register;
import taizhang.storage.Summary;
import taizhang.tally.Closing;

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
     * What takes a while, read after the first frame on a connection of its own: the tally's
     * headline figures (null when there is no tally yet: no areas) and the records with warnings.
     */
    record Slow(Headline headline, List<Summary.Flagged> warnings) {
        static Slow read(Office office, taizhang.domain.Language language) {
            try {
                return readFrom(office, language);
            } catch (RuntimeException e) {
                return new Slow(null, List.of()); // the database is busy or broken: home says "no figures"
            }
        }

        private static Slow readFrom(Office office, taizhang.domain.Language language) {
            java.time.LocalDate today = office.today;
            try (taizhang.storage.Database db = office.another()) {
                List<Summary.Flagged> warnings = new Summary(db).warnings(today.minusMonths(3), today, WARNINGS_SHOWN);
                Headline headline;
                try {
                    headline = Headline.read(db, today, language);
                } catch (RuntimeException e) {
                    headline = null;
                }
                return new Slow(headline, warnings);
            }
        }
    }

    HomeView(App app, Figures ready) {
        this.title = app.text.get("home.title");
        this.figures = ready != null ? ready : app.office.homeFigures();
    }

    /**
     * Counts and attention, read again when the clerk comes back from a register or someone else
     * saved; the headline figures follow beside the screens, the old ones shown until then.
     */
    @Override
    public void refresh(App app) {
        figures = app.office.homeFigures();
        slowAsked = false;
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

    /** The tally's headline figures, asked for once per visit (they take a while on a large county). */
    private int drawHeadline(Canvas canvas, App app) {
        if (!slowAsked) {
            slowAsked = true;
            app.later(() -> app.office.homeSlow(app.text.language()), s -> slow = s);
        }
        int cols = canvas.columns();
        canvas.text(1, 3, app.text.get("home.headline"), cols - 1, Canvas.Style.BOLD);
        Headline headline = slow == null ? null : slow.headline();
        if (headline == null) {
            canvas.text(3, 4, app.text.get(slow != null ? "home.headline_none" : "home.headline_pending"), cols - 3,
                    Canvas.Style.DIM);
            return 5;
        }
        int perRow = cols >= 76 ? 2 : 1;
        int width = (cols - 2) / perRow;
        int row = 4;
        for (int i = 0; i < headline.figures().size(); i++) {
            Headline.Figure f = headline.figures().get(i);
            int col = 1 + (i % perRow) * width;
            String line = Width.pad(f.label(), width - 21) + Width.padLeft(f.value(), 7) + " " + f.sparkline();
            canvas.text(col, row, line, width - 1, Canvas.Style.NORMAL);
            if (i % perRow == perRow - 1) {
                row++;
            }
        }
        return headline.figures().size() % perRow == 0 ? row : row + 1;
    }

    @Override
    public void draw(Canvas canvas, App app) {
        int cols = canvas.columns();
        YearMonth period = YearMonth.from(app.office.today);
        canvas.text(1, 1, app.text.get("home.period", period), cols - 1, Canvas.Style.BOLD);
        int top = drawHeadline(canvas, app) + 1;
        int half = cols >= 76 ? cols / 2 : cols;
        canvas.text(1, top, app.text.get("home.registers"), half - 1, Canvas.Style.BOLD);
        for (int i = 0; i < REGISTERS.size(); i++) {
            Register r = REGISTERS.get(i);
            String key = String.valueOf(i == 9 ? 0 : i + 1);
            String name = app.text.get("register." + r.fileName());
            String line = " " + key + "  " + Width.pad(name, 14)
                    + Width.padLeft(String.valueOf(figures.counts().get(r)), 9) + " ";
            canvas.text(1, top + 1 + i, line, Math.min(half - 2, Width.of(line)),
                    i == cursor ? Canvas.Style.REVERSE : Canvas.Style.NORMAL);
        }
        int col = half == cols ? 1 : half;
        int row = half == cols ? top + 12 : top;
        int width = cols - col;
        canvas.text(col, row++, app.text.get("home.attention"), width, Canvas.Style.BOLD);
        if (figures.openMonths().isEmpty()) {
            canvas.text(col + 1, row++, app.text.get("home.all_closed"), width - 1, Canvas.Style.NORMAL);
        } else {
            canvas.text(col + 1, row++, app.text.get("home.open_months", figures.openMonths().size()), width - 1,
                    Canvas.Style.WARNING);
            StringBuilder months = new StringBuilder();
            for (YearMonth m : figures.openMonths()) {
                months.append(months.length() == 0 ? "" : " ").append(m);
            }
            canvas.text(col + 3, row++, months.toString(), width - 3, Canvas.Style.NORMAL);
        }
        if (slow == null) {
            canvas.text(col + 1, row++, app.text.get("home.warnings_pending"), width - 1, Canvas.Style.DIM);
        } else if (slow.warnings().isEmpty()) {
            canvas.text(col + 1, row++, app.text.get("home.no_warnings"), width - 1, Canvas.Style.NORMAL);
        } else {
            canvas.text(col + 1, row++, app.text.get("home.warnings", slow.warnings().size()), width - 1,
                    Canvas.Style.WARNING);
            for (Summary.Flagged f : slow.warnings()) {
                if (row >= canvas.statusRow()) {
                    break;
                }
                String who = app.text.get("register." + f.register().fileName()) + " #" + f.id() + " "
                        + ProblemText.of(app.text.language()).message(f.problem());
                canvas.text(col + 3, row++, who, width - 3, Canvas.Style.NORMAL);
            }
        }
    }
}
