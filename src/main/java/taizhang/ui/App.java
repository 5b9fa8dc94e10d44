package taizhang.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.time.LocalDate;
import taizhang.domain.Progress;
import taizhang.domain.Refusal;
import taizhang.domain.Text;
import taizhang.io.Export;
import taizhang.io.Width;
import taizhang.storage.Database;
import taizhang.storage.StorageException;

/**
 * The screens as a stack (home at the bottom; Enter drills in, Esc comes back), the key
 * dispatch derived from each view's commands, and drawing: title line, the view, the status
 * line and the legend of the keys that work here.
 */
public final class App {
    /** What the screens ask; null until someone has signed in (and while the start's first frame is drawn). */
    Office office;
    final Messages text;
    /** Today, and the database file's name, for the title line. */
    final LocalDate today;
    private final String file;
    private final Screen screen;
    private final Canvas canvas;
    private final Deque<View> stack = new ArrayDeque<>();
    private final Input.Joiner joiner = new Input.Joiner();
    private String status = "";
    private boolean statusError;
    private volatile boolean done;
    private int pendingScroll;
    private int scrollTop;
    private int scrollBottom;
    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    /** Whether slow work (the home's tally figures) runs beside the screens; tests run it inline. */
    private volatile boolean background;
    /** Slow work asked for while the first frame was drawn: started once it is on the terminal, not competing with it. */
    private final List<Thread> afterFirstFrame = new ArrayList<>();
    private boolean firstFrameWritten;
    private Database signingIn;
    private String failure;

    public App(Screen screen, Office office, Messages text) {
        this(screen, office, text, null);
    }

    /** With the home screen's figures already read (null: read them now). */
    App(Screen screen, Office office, Messages text, HomeView.Figures home) {
        this(screen, office, text, home, null);
    }

    /** The same, home's slow parts already being read ({@link Ui.Home}; null: home asks for them). */
    App(Screen screen, Office office, Messages text, HomeView.Figures home,
        java.util.concurrent.CompletableFuture<HomeView.Slow> slow) {
        this(screen, office, text, home, slow, office.today, office.file);
    }

    private App(Screen screen, Office office, Messages text, HomeView.Figures home,
                java.util.concurrent.CompletableFuture<HomeView.Slow> slow, LocalDate today, String file) {
        this.screen = screen;
        this.office = office;
        watchFromNow();
        this.text = text;
        this.today = today;
        this.file = file;
        this.canvas = new Canvas(screen);
        stack.push(new HomeView(this, home, slow));
    }

    /**
     * The start's first frame, drawn while the database is still opening: home with its keys, its
     * figures to come. The App made once the database is open draws over it (only what changed
     * goes to the terminal), and keys typed meanwhile wait in the terminal for it.
     */
    static void firstFrame(Screen screen, Messages text, LocalDate today, String file) throws IOException {
        App first = new App(screen, null, text, null, null, today, file);
        first.draw();
        stamp("frame");
    }

    /**
     * The screens over a database: home at once when an account is signed in on it (the OS
     * user's own), else the sign-in first (SPEC 9).
     */
    static App open(Screen screen, Database db, LocalDate today, Messages text, HomeView.Figures home) {
        if (db.signedIn()) {
            return new App(screen, new Office(db, today), text, home);
        }
        return new App(screen, db, today, text);
    }

    private App(Screen screen, Database db, LocalDate today, Messages text) {
        this.screen = screen;
        this.text = text;
        this.canvas = new Canvas(screen);
        this.signingIn = db;
        this.today = today;
        this.file = db.file().getFileName().toString();
        stack.push(new SignInView(new taizhang.storage.Accounts(db), text));
    }

    /** The sign-in succeeded: the account works on this connection from now on, starting at home. */
    void signedIn(taizhang.domain.Account account) {
        signingIn.actAs(account);
        office = new Office(signingIn, today);
        watchFromNow();
        signingIn = null;
        stack.clear();
        status = "";
        stack.push(new HomeView(this, null, null));
    }

    /**
     * The start's first frame is already on the terminal ({@link Ui#firstFrame}): slow work asked
     * for while this app draws starts at once rather than after its draw (home complete sooner).
     */
    void afterStartFrame() {
        firstFrameWritten = true;
    }

    /** Ends the screens with a message for the shell (three failed sign-ins). */
    void giveUp(String why) {
        failure = why;
        done = true;
    }

    /** Why the screens ended without the clerk quitting, or null. */
    public String failure() {
        return failure;
    }

    /** Reads keys until the clerk quits; a resize redraws at once. */
    public void run(com.googlecode.lanterna.terminal.Terminal terminal) throws IOException {
        run(terminal, false);
    }

    /**
     * The same; {@code blocking}: wait for each key in a plain read, for a terminal at the end of a
     * connection, whose input ends (a key of type EOF) when the connection or the server ends the session.
     */
    public void run(com.googlecode.lanterna.terminal.Terminal terminal, boolean blocking) throws IOException {
        background = true;
        terminal.addResizeListener((t, size) -> events.offer(size));
        Thread reader = new Thread(() -> {
            try {
                if (blocking) {
                    readKeys();
                } else {
                    pollKeys(terminal instanceof HangUp h ? h : () -> false);
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                events.offer(new KeyStroke(KeyType.EOF));
            }
        }, "keys");
        reader.setDaemon(true);
        reader.start();
        draw();
        stamp("frame"); // the first frame is written
        firstFrameWritten = true;
        afterFirstFrame.forEach(Thread::start);
        afterFirstFrame.clear();
        boolean complete = homeComplete();
        while (!done) {
            Object e;
            try {
                e = events.poll(WATCH_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException ex) {
                return;
            }
            if (e == null) {
                if (othersSaved()) {
                    draw();
                }
                continue;
            }
            if (e instanceof KeyStroke k) {
                if (k.getKeyType() == KeyType.EOF) {
                    return;
                }
                handle(k);
            } else if (e instanceof Runnable finished) {
                guarded(finished);
            }
            if (events.isEmpty()) {
                othersSaved();
                draw();
                complete = complete || homeComplete();
            }
        }
    }

    /** Whether home is on view with all its figures; notes the clock the first time (the start-up benchmark). */
    private boolean homeComplete() throws IOException {
        if (stack.peek() instanceof HomeView home && home.complete()) {
            stamp("home"); // home is written complete
            return true;
        }
        return false;
    }

    /** How often the screens ask whether another clerk or session has saved (SPEC 10: within a second). */
    static final long WATCH_MILLIS = 250;
    private long watchedAt;
    private long dataVersion = -1;
    private long lastChange = -1;
    /**
     * Views whose figures or rows are older than the database (records changed in a view above
     * them, or saved by someone else): each reads them again when next drawn or back on top.
     */
    private final java.util.Set<View> stale = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** What the screens have read is as of now: changes made by others are noticed from here on. */
    private void watchFromNow() {
        if (office != null) {
            try {
                dataVersion = office.dataVersion();
                lastChange = office.audit.lastChange();
            } catch (StorageException e) {
                dataVersion = -1; // the first look refreshes what is on view
            }
        }
    }

    /**
     * Whether someone else saved since last asked: SQLite's data_version on the screens' own
     * connection, asked at most every {@link #WATCH_MILLIS}, says something was committed, and the
     * audit trail whether it changed the registers (a colleague's login or export does not). If
     * so, every view on the stack is marked to read its figures again, which those in view do at
     * once when drawn.
     */
    boolean othersSaved() {
        long now = System.nanoTime();
        if (office == null || now - watchedAt < WATCH_MILLIS * 1_000_000) {
            return false;
        }
        watchedAt = now;
        boolean changed;
        try {
            long version = office.dataVersion();
            if (version == dataVersion) {
                return false;
            }
            dataVersion = version;
            long last = office.audit.lastChange();
            changed = last != lastChange;
            lastChange = last;
        } catch (StorageException e) {
            return false; // asked again in a moment
        }
        if (changed) {
            stale.retainAll(stack);
            stale.addAll(stack);
        }
        return changed;
    }

    private void readKeys() throws IOException, InterruptedException {
        while (!done) {
            KeyStroke k = screen.readInput();
            events.put(k);
            if (k.getKeyType() == KeyType.EOF) {
                return;
            }
        }
    }

    /**
     * Polls rather than blocks: a thread blocked in a native read holds up the JVM's exit by 300 ms.
     * A short pause right after a key, a longer one when the clerk is idle; a terminal that has
     * hung up ends the screens as the end of its input would.
     */
    private void pollKeys(HangUp terminal) throws IOException, InterruptedException {
        long lastKey = System.nanoTime();
        long asked = lastKey;
        while (!done) {
            KeyStroke k = screen.pollInput();
            if (k != null) {
                events.put(k);
                lastKey = System.nanoTime();
                if (k.getKeyType() == KeyType.EOF) {
                    return;
                }
            } else {
                Thread.sleep(System.nanoTime() - lastKey < 1_000_000_000L ? 2 : 15);
                if (System.nanoTime() - asked > HANG_UP_MILLIS * 1_000_000) {
                    asked = System.nanoTime();
                    if (terminal.hungUp()) {
                        events.put(new KeyStroke(KeyType.EOF));
                        return;
                    }
                }
            }
        }
    }

    /** How often idle screens ask whether their terminal is still there. */
    static final long HANG_UP_MILLIS = 1000;

    /**
     * For the start-up benchmark (scripts/bench-startup.sh --inside): notes the clock when the first
     * frame and the complete home screen have been written, to set beside when they reach the pane.
     */
    private static void stamp(String what) throws IOException {
        String file = System.getProperty("taizhang.firstFrameFile");
        if (file != null) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(file), what + " " + System.currentTimeMillis() + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
    }

    /** Handles every key waiting in the terminal's input, then draws once (tests, training). */
    public void pump() throws IOException {
        KeyStroke k;
        while (!done && (k = screen.pollInput()) != null) {
            handle(k);
        }
        draw();
    }

    public boolean done() {
        return done;
    }

    /**
     * One key: help and quit are the App's; everything else goes to the view on top. The status
     * line says what the last key did, so each key clears it first. Whatever goes wrong in a view
     * is said on the status line: the session and an unsaved form outlive it.
     */
    public void handle(KeyStroke k) {
        Input in = joiner.next(k);
        if (in == null) {
            return;
        }
        View top = stack.peek();
        Command c = in.typed() && top.typing() ? null : Command.of(k, usable(top), top.typing());
        message("");
        Runnable key = () -> guarded(() -> {
            if (c == Command.HELP) {
                push(new HelpView(this, top));
            } else if (c == Command.QUIT) {
                quit();
            } else if (c != null) {
                top.command(c, in, this);
            } else {
                top.key(in, this);
            }
        });
        if (office == null) {
            key.run();
            return;
        }
        office.database().sayingWhenWaiting(this::sayWaiting, () -> {
            key.run();
            return null;
        });
    }

    /** A save waiting for another clerk's write (an import): said at once, not a frozen screen (SPEC 10). */
    private void sayWaiting() {
        sayAtOnce(text.get("waiting", Database.BUSY_TIMEOUT_MS / 1000));
    }

    /**
     * A sign-in waiting for another process's long write (an import): it outwaits it, up to
     * {@link Database#LONG_WAIT_MS}, since the sign-in is recorded; said as a save's wait is.
     */
    void sayWaitingToSignIn() {
        sayAtOnce(text.get("waiting.signin", Database.LONG_WAIT_MS / 60_000));
    }

    /**
     * Whether the clerk asked to stop waiting for another's write (asked every second of a sign-in's
     * wait): Esc, or Ctrl-C and the end of the input, which are left for the screens to act on after
     * (quit, a closed connection). Other keys pressed meanwhile are dropped: they were typed blind.
     */
    boolean stopWaiting() {
        boolean stop = false;
        if (background) {
            for (java.util.Iterator<Object> it = events.iterator(); it.hasNext();) {
                if (it.next() instanceof KeyStroke k) {
                    if (k.getKeyType() == KeyType.EOF || isCtrlC(k)) {
                        return true;
                    }
                    it.remove();
                    stop |= k.getKeyType() == KeyType.Escape;
                }
            }
            return stop;
        }
        try {
            KeyStroke k;
            while ((k = screen.pollInput()) != null) {
                stop |= k.getKeyType() == KeyType.Escape || k.getKeyType() == KeyType.EOF || isCtrlC(k);
            }
        } catch (IOException e) {
            return true;    // the terminal is gone: nobody waits any more
        }
        return stop;
    }

    private static boolean isCtrlC(KeyStroke k) {
        return k.isCtrlDown() && k.getCharacter() != null && Character.toLowerCase(k.getCharacter()) == 'c';
    }

    /** A status line drawn now, while this thread waits. */
    private void sayAtOnce(String status) {
        message(status);
        try {
            draw();
        } catch (IOException | RuntimeException e) {
            // The terminal went away: the save goes on all the same.
        }
    }

    /** Runs a view's work; a failure is said on the status line instead of ending the session. */
    private void guarded(Runnable work) {
        try {
            work.run();
        } catch (Refusal e) {
            error(ProblemText.of(text.language()).message(e.problem()));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            error(text.get("error.unexpected", e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
    }

    /**
     * Slow work for a view: on a thread of its own while the screens run (its result is handed
     * to {@code apply} on the screens' thread, then drawn), inline in tests. A failure is said
     * on the status line.
     */
    <T> void later(java.util.function.Supplier<T> work, java.util.function.Consumer<T> apply) {
        later(work, apply, e -> error(e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    /** The same, with what to do instead of {@code apply} when the work fails (on the screens' thread). */
    <T> void later(java.util.function.Supplier<T> work, java.util.function.Consumer<T> apply,
                   java.util.function.Consumer<RuntimeException> failed) {
        if (!background) {
            finish(work, apply, failed).run();
            return;
        }
        Thread t = new Thread(() -> {
            try {
                events.offer(finish(work, apply, failed));
            } finally {
                working.remove(Thread.currentThread());
            }
        }, "background");
        t.setDaemon(true);
        working.add(t);
        if (firstFrameWritten) {
            t.start();
        } else {
            afterFirstFrame.add(t);
        }
    }

    /** Slow work asked for and not yet done: the screens end without waiting for it. */
    private final java.util.Set<Thread> working = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Waits for the slow work still going on after the screens ended (a test, before its folder goes). */
    void awaitWork() throws InterruptedException {
        for (Thread t : working) {
            t.join(60_000);
        }
    }

    /** Does the work here and returns what the screens' thread does with its outcome. */
    private static <T> Runnable finish(java.util.function.Supplier<T> work, java.util.function.Consumer<T> apply,
                                       java.util.function.Consumer<RuntimeException> failed) {
        try {
            T result = work.get();
            return () -> apply.accept(result);
        } catch (RuntimeException e) {
            return () -> failed.accept(e);
        }
    }

    /** Quits at once when nothing is unsaved; otherwise asks first. */
    void quit() {
        boolean unsaved = stack.stream().anyMatch(View::unsaved);
        if (!unsaved) {
            done = true;
        } else {
            push(new Confirm(this, text.get("confirm.quit"), () -> done = true));
        }
    }

    void push(View v) {
        stack.push(v);
    }

    /** Back to the view beneath, brought up to date first if records changed meanwhile. */
    void pop() {
        if (stack.size() > 1) {
            stale.remove(stack.pop());
            View top = stack.peek();
            if (stale.remove(top)) {
                top.refresh(this);
            }
        }
    }

    /** Records were added, changed or voided: every view beneath the top refreshes when it is on top again. */
    void changed() {
        View top = stack.peek();
        for (View v : stack) {
            if (v != top) {
                stale.add(v);
            }
        }
    }

    View top() {
        return stack.peek();
    }

    /** The commands of a view that the signed-in account may give (SPEC 9: the screens show only those). */
    List<Command> usable(View v) {
        if (office == null) {
            return v.commands();
        }
        return v.commands().stream().filter(c -> {
            taizhang.domain.Role.Permission p = v.needs(c);
            return p == null || office.account.may(p);
        }).toList();
    }

    /** The view beneath the top one. */
    View below(View v) {
        boolean seen = false;
        for (View each : stack) {
            if (seen) {
                return each;
            }
            seen = each == v;
        }
        return null;
    }

    /**
     * Writes a file the clerk named, then says on the status line where it went or why it did not;
     * the file goes into the audit trail (SPEC 9: who took which personal data out)
     * as {@code action} with {@code detail}, the file's name added.
     */
    void export(Path target, Export.Body body, String action, String register, java.util.Map<String, Object> detail) {
        try {
            java.util.Map<String, Object> all = new java.util.LinkedHashMap<>(detail);
            all.put("file", target.toString());
            // A large export takes a while (470,000 benefits: 20 s): said at once, not a frozen screen.
            sayAtOnce(text.get("export.running", target));
            // Recorded before the file is given its name: an export that cannot be recorded leaves no file.
            Export.toFile(target, body, () -> office.record(action, register, all));
            message(text.get("export.done", target));
        } catch (IOException | RuntimeException e) {
            error(text.get("export.failed", e instanceof Refusal r ? ProblemText.of(text.language()).message(r.problem())
                    : Text.visible(String.valueOf(e.getMessage()))));
        }
    }

    /** The rows an export has written so far, said on the status line at most twice a second. */
    Progress exportProgress(Path target) {
        long[] said = {System.nanoTime()};
        return (done, total) -> {
            long now = System.nanoTime();
            if (now - said[0] >= 500_000_000L) {
                said[0] = now;
                sayAtOnce(text.get("export.progress", target, done, total));
            }
        };
    }

    void message(String s) {
        status = s;
        statusError = false;
    }

    void error(String s) {
        status = s;
        statusError = true;
    }

    /** The rows a view may use: between the title line and the status line. */
    int bodyRows() {
        return canvas.rows() - 3;
    }

    int columns() {
        return canvas.columns();
    }

    /** A table moved its rows by {@code distance}: let the terminal scroll them instead of repainting. */
    void scroll(int top, int bottom, int distance) {
        pendingScroll = distance;
        scrollTop = top;
        scrollBottom = bottom;
    }

    /** Draws the whole frame into the back buffer; Lanterna sends only what changed. */
    public void draw() throws IOException {
        TerminalSize resized = screen.doResizeIfNecessary();
        TerminalSize size = screen.getTerminalSize();
        if (resized != null) {
            canvas.blank(size);
            for (View v : stack) {
                v.resized(canvas, this);
            }
        }
        if (pendingScroll != 0 && resized == null) {
            screen.scrollLines(scrollTop, scrollBottom, pendingScroll);
        }
        pendingScroll = 0;
        canvas.blank(size);
        View top = stack.peek();
        List<View> layers = new ArrayList<>();
        for (View v = top; v != null; v = v.overlay() ? below(v) : null) {
            layers.add(0, v);
        }
        titleLine(layers.get(0));
        for (View v : layers) {
            if (stale.remove(v)) {
                guarded(() -> v.refresh(this));
            }
            guarded(() -> v.draw(canvas, this));
        }
        if (!top.overlay()) {
            statusLine();
        }
        legend(top);
        screen.setCursorPosition(canvas.cursor());
        screen.refresh(Screen.RefreshType.AUTOMATIC);
    }

    /** The status line; a message too long for it takes the lines above it too (at most three). */
    private void statusLine() {
        List<String> lines = Width.wrap(status, canvas.columns());
        int shown = Math.min(3, Math.max(1, lines.size()));
        Canvas.Style style = statusError ? Canvas.Style.ERROR : Canvas.Style.NORMAL;
        for (int i = 0; i < shown; i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            canvas.text(0, canvas.statusRow() - shown + 1 + i, line, canvas.columns(), style);
        }
    }

    private void titleLine(View v) {
        String left = " " + text.get("app.name") + "  " + v.title();
        // Two spaces always keep the title apart from the account (a long title is cut, marked, before them).
        String right = "  " + (office == null ? "" : office.account.login() + "  ") + file + "  " + today + " ";
        int cols = canvas.columns();
        canvas.text(0, 0, Width.pad(left, Math.max(0, cols - Width.of(right))) + right, cols, Canvas.Style.REVERSE);
    }

    /** The bottom line: the keys that work here, key shown reversed and then its name ({@link Legend}). */
    private void legend(View v) {
        int row = canvas.rows() - 1;
        int col = 0;
        for (Legend.Item item : legend().items()) {
            if (col > 0) {
                col = canvas.text(col, row, " ", Canvas.Style.NORMAL);
            }
            col = canvas.text(col, row, item.keys(), Canvas.Style.REVERSE);
            col = canvas.text(col, row, item.name(), Canvas.Style.NORMAL);
        }
    }

    /** The legend of the view on top: of the keys the signed-in account may use. */
    Legend legend() {
        View v = stack.peek();
        return Legend.of(usable(v), v.typing(), canvas.columns(), text);
    }

    /** Labels and messages of the last frame that were cut inside a word (tests). */
    List<String> cutWords() {
        return canvas.cutWords();
    }

    /** Lets a benchmark or test look at what is on top. */
    public String topTitle() {
        return stack.peek().title();
    }
}
