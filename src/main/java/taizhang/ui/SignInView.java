package taizhang.ui;

import java.util.List;
import taizhang.io.Width;
import taizhang.storage.Accounts;

/**
 * The screens' sign-in (SPEC 9), for an OS user without an account of their own: login and
 * password, three tries, then the program ends. The password is never shown, not even as its
 * length in stars; the SSH server signs in by its own route and never shows this.
 */
final class SignInView implements View {
    private static final List<Command> COMMANDS = Command.typing(Command.HELP, Command.ACCEPT,
            Command.NEXT_FIELD, Command.PREVIOUS_FIELD, Command.QUIT);
    static final int TRIES = 3;

    private final Accounts accounts;
    private final String title;
    private TextInput login = TextInput.of("");
    private TextInput password = TextInput.of("");
    private boolean onPassword;
    private int failures;

    SignInView(Accounts accounts, Messages text) {
        this.accounts = accounts;
        this.title = text.get("signin.name");
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
    public boolean typing() {
        return true;
    }

    @Override
    public void command(Command c, App app) {
        switch (c) {
            case NEXT_FIELD, PREVIOUS_FIELD -> onPassword = !onPassword;
            case ACCEPT -> {
                if (!onPassword) {
                    onPassword = true;
                } else {
                    attempt(app);
                }
            }
            default -> edit(in -> in.edit(c));
        }
    }

    private void attempt(App app) {
        Accounts.Attempt a;
        try {
            a = accounts.signIn(login.text().strip(), password.text(), "screens", app::sayWaitingToSignIn,
                    app::stopWaiting);
        } catch (taizhang.storage.StorageException e) {
            if (!e.gaveUp()) {
                throw e;
            }
            // Esc while it waited for another's write: nothing checked, nothing recorded, no try used.
            password = TextInput.of("");
            app.message(app.text.get("signin.stopped"));
            return;
        }
        password = TextInput.of("");
        if (a.ok()) {
            app.signedIn(a.account());
            return;
        }
        failures++;
        if (failures >= TRIES) {
            app.giveUp(app.text.get("signin.gave_up", TRIES));
            return;
        }
        String why = switch (a.outcome()) {
            case LOCKED -> a.lockedUntil() != null ? app.text.get("signin.locked", Accounts.until(a.lockedUntil()))
                    : app.text.get("signin.locked_now");
            case DISABLED -> app.text.get("signin.disabled");
            default -> app.text.get("signin.wrong");
        };
        app.error(why + " " + app.text.count("signin.tries_left", TRIES - failures));
    }

    @Override
    public void key(Input in, App app) {
        if (in.typed()) {
            edit(field -> field.insert(in.codePoint()));
        }
    }

    /** Edits the field the caret is in. */
    private void edit(java.util.function.UnaryOperator<TextInput> change) {
        if (onPassword) {
            password = change.apply(password);
        } else {
            login = change.apply(login);
        }
    }

    @Override
    public void draw(Canvas canvas, App app) {
        int top = Math.max(2, canvas.rows() / 2 - 3);
        canvas.text(2, top, app.text.get("signin.title"), canvas.columns() - 2, Canvas.Style.BOLD);
        String loginLabel = app.text.get("signin.login");
        String passwordLabel = app.text.get("signin.password");
        int labels = Math.max(Width.of(loginLabel), Width.of(passwordLabel)) + 3;
        canvas.text(2, top + 2, loginLabel, labels, onPassword ? Canvas.Style.NORMAL : Canvas.Style.BOLD);
        canvas.typed(2 + labels, top + 2, login.text(), 32, onPassword ? Canvas.Style.NORMAL : Canvas.Style.INPUT);
        canvas.text(2, top + 3, passwordLabel, labels, onPassword ? Canvas.Style.BOLD : Canvas.Style.NORMAL);
        canvas.text(2 + labels, top + 3, "", 32, onPassword ? Canvas.Style.INPUT : Canvas.Style.NORMAL);
        int row = top + 5;
        for (String line : Width.wrap(app.text.get("signin.hint"), canvas.columns() - 2)) {
            canvas.text(2, row++, line, canvas.columns() - 2, Canvas.Style.DIM); // wrapped, not cut at 80 columns
        }
        if (onPassword) {
            canvas.cursor(2 + labels, top + 3);
        } else {
            canvas.cursor(2 + labels + login.caretColumns(), top + 2);
        }
    }
}
