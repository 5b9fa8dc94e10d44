package taizhang.serve;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import taizhang.domain.Account;
import taizhang.domain.Language;
import taizhang.domain.Text;
import taizhang.domain.Today;
import taizhang.storage.Database;
import taizhang.ui.Messages;
import taizhang.ui.ProblemText;
import taizhang.ui.RemoteTerminal;
import taizhang.ui.Ui;

/**
 * One clerk's screens over an SSH channel: its own terminal, app and database connection, on a
 * thread of its own. It ends when the clerk quits, the connection goes, no key has come for
 * the idle time, or the server stops; the last two say so on the clerk's screen first.
 */
final class Shell implements Command {
    private final OfficeServer server;
    private final Account account;
    private final String from;
    /** A key login's entry in the audit trail, being written (null: a password login, written already). */
    private final CompletableFuture<Boolean> keyLogin;
    private InputStream channelIn;
    private OutputStream out;
    private ExitCallback exit;
    private RemoteTerminal terminal;
    private Language language;
    private Thread worker;
    private volatile long lastKey = System.nanoTime();
    private volatile String endedBy;
    private volatile ScheduledFuture<?> idleCheck;

    Shell(OfficeServer server, Account account, String from, CompletableFuture<Boolean> keyLogin) {
        this.server = server;
        this.account = account;
        this.from = from;
        this.keyLogin = keyLogin;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.channelIn = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // The screens write only to the terminal.
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    /** Sets the session up and returns at once: the screens run on the session's own thread. */
    @Override
    public void start(ChannelSession channel, Environment env) {
        Map<String, String> variables = env.getEnv();
        Language asked = Language.fromVariables(variables);
        language = asked != null ? asked : Language.ZH;
        terminal = new RemoteTerminal(new KeysIn(channelIn), out, number(variables, Environment.ENV_COLUMNS),
                number(variables, Environment.ENV_LINES));
        env.addSignalListener((c, signal) -> terminal.resize(number(env.getEnv(), Environment.ENV_COLUMNS),
                number(env.getEnv(), Environment.ENV_LINES)), Signal.WINCH);
        worker = new Thread(this::run, "session-" + account.login());
        worker.setDaemon(true);
        worker.start();
    }

    private static int number(Map<String, String> variables, String name) {
        try {
            return Integer.parseInt(variables.getOrDefault(name, "0").trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void run() {
        if (keyLogin != null && !keyLogin.join()) {
            // Refused after all (disabled a moment ago) or not written: the server closes the connection.
            exit.onExit(1, "login refused");
            return;
        }
        Messages text = Messages.of(language);
        if (!server.admit(this)) {
            say(text.count("serve.full", server.options().maxSessions()));
            audit("session.refused", "full", null);
            exit.onExit(1, "server full");
            return;
        }
        long started = System.nanoTime();
        String reason;
        try (Database db = server.connection().actAs(account)) {
            LocalDate today = Today.resolve(server.options().environment(), server.options().clock());
            watchIdle();
            boolean quit = Ui.runRemote(terminal, db, server.home(), language, today);
            reason = endedBy != null ? endedBy : quit ? "quit" : "disconnected";
        } catch (IOException e) {
            reason = endedBy != null ? endedBy : "disconnected";
        } catch (RuntimeException | Error e) {
            // The database is missing, broken or busy, or the program itself failed (its jar replaced
            // under the running server, memory run out): the clerk is told and the connection ends,
            // instead of a client left waiting on a dead thread; the server goes on.
            reason = "error";
            say(e instanceof taizhang.domain.Refusal r ? ProblemText.of(language).message(r.problem())
                    : Text.visible(String.valueOf(e.getMessage())));
        } finally {
            if (idleCheck != null) {
                idleCheck.cancel(false);
            }
            server.leave(this);
        }
        if ("idle".equals(reason)) {
            say(text.count("serve.idle", server.options().idle().toMinutes()));
        } else if ("stopping".equals(reason)) {
            say(text.get("serve.stopping"));
        }
        audit("session.end", reason, Duration.ofNanos(System.nanoTime() - started).toSeconds());
        exit.onExit(0);
    }

    /**
     * An entry of the audit trail about this session, queued: written once the database lets it
     * (another process's long write), while the clerk is let go at once.
     */
    private void audit(String action, String reason, Long seconds) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("reason", reason);
        detail.put("from", from);
        if (seconds != null) {
            detail.put("seconds", seconds);
        }
        server.entries().add(account, action, detail);
    }

    /** Checks for idleness when the idle time since the last key is up; a redraw is no key. */
    private void watchIdle() {
        long idle = server.options().idle().toNanos();
        long due = lastKey + idle - System.nanoTime();
        idleCheck = server.timer().schedule(() -> {
            if (System.nanoTime() - lastKey >= idle) {
                end("idle");
            } else {
                watchIdle();
            }
        }, Math.max(due, 0), TimeUnit.NANOSECONDS);
    }

    /** Ends the session from the server's side ("idle", "stopping"): the screens see their input end. */
    void end(String why) {
        endedBy = why;
        try {
            channelIn.close();
        } catch (IOException ignored) {
            // Already closed: the screens are ending anyway.
        }
    }

    /** A line on the clerk's screen, left there after the session ends. */
    private void say(String message) {
        try {
            out.write(("\r\n" + message + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException ignored) {
            // The connection is gone: nobody is there to read it.
        }
    }

    /** The session thread, for the server to wait on when it stops. */
    Thread worker() {
        return worker;
    }

    @Override
    public void destroy(ChannelSession channel) {
        if (endedBy == null) {
            end("disconnected");
        }
    }

    /** The channel's input, noting when a key last came (the idle clock). */
    private final class KeysIn extends FilterInputStream {
        KeysIn(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            lastKey = System.nanoTime();
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            lastKey = System.nanoTime();
            return n;
        }
    }
}
