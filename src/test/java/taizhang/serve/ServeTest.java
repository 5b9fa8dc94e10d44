package taizhang.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.storage.CodeLists;
import taizhang.storage.Database;
import taizhang.testing.AuditLines;
import taizhang.testing.Eventually;
import taizhang.testing.Cli;
import taizhang.testing.Admin;
import taizhang.testing.Office;
import taizhang.domain.Account;
import taizhang.domain.Role;
import taizhang.domain.Scope;
import taizhang.storage.Accounts;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import taizhang.ui.SharedHome;

/** The SSH server driven by a real SSH client (sshd's own), on a free loopback port. */
class ServeTest {
    static final String PASSWORD = "correct horse";
    /** The settings' lockout_after, as init makes them. */
    static final int LOCKOUT_AFTER = 5;

    @TempDir
    Path dir;

    private Path db;
    private HostKey hostKey;
    private KeyPair wangsKey;
    private final MovableClock clock = new MovableClock();
    private AccountLogins logins;
    private OfficeServer server;
    private SharedHome home;
    private SshClient client;

    @BeforeEach
    void office() throws Exception {
        db = Office.create(dir).db();
        hostKey = HostKey.readOrCreate(dir.resolve("taizhang-host-key"));
        wangsKey = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        try (Database admin = Database.open(db)) {
            Accounts accounts = new Accounts(admin);
            admin.actAs(accounts.forOsUser(Cli.OS_USER));
            accounts.add(account("li", Role.ADMIN), PASSWORD);     // adds areas in the tests below
            accounts.add(account("wang", Role.CLERK), null);
            accounts.addKey("wang", PublicKeyEntry.toString(wangsKey.getPublic()));
        }
        logins = new AccountLogins(db, clock);
        client = SshClerk.client(hostKey);
    }

    private OfficeServer start(int maxSessions, Duration idle) throws IOException {
        return start(logins, maxSessions, idle);
    }

    /** Starts the server asking {@code asked} (the account logins, or a test's watch over them). */
    private OfficeServer start(Logins asked, int maxSessions, Duration idle) throws IOException {
        ServeOptions options = new ServeOptions(new InetSocketAddress("127.0.0.1", 0), dir.resolve("taizhang-host-key"),
                db, maxSessions, idle, Map.of("TAIZHANG_TODAY", Cli.TODAY), clock);
        home = new SharedHome(db);
        server = OfficeServer.start(options, hostKey, asked, home);
        return server;
    }

    private SshClerk li(int columns, int rows, String lang) throws IOException {
        return SshClerk.shell(SshClerk.login(client, server.port(), "li", PASSWORD, null), columns, rows, lang);
    }

    @AfterEach
    void stop() throws IOException {
        client.stop();
        if (server != null) {
            server.close();
        }
        if (home != null) {
            home.close();
        }
        logins.close();
    }

    @Test
    void aPasswordLoginLandsOnHomeInChineseAtTheClientsSize() throws Exception {
        start(20, Duration.ofMinutes(15));
        try (SshClerk li = li(100, 30, null)) {
            li.await("首页").await(Cli.TODAY);
            assertTrue(li.raw().contains("\u001b[30;1H"), "the legend is drawn on row 30 of 30");
            assertFalse(li.raw().contains("\u001b[6n"), "the size is never asked of the terminal");
        }
        assertTrue(AuditLines.of(db).contains("li login {\"route\":\"ssh 127.0.0.1:"), AuditLines.of(db));
    }

    @Test
    void theClientsLangChoosesTheLanguage() throws Exception {
        start(20, Duration.ofMinutes(15));
        try (SshClerk li = li(80, 24, "en_US.UTF-8")) {
            li.await("Home").await("Persons");
        }
    }

    @Test
    void aLoginDuringAnotherProcesssLongWriteWaitsForItAndIsLetInAndRecorded() throws Exception {
        java.util.concurrent.CountDownLatch waits = tellingWhenLoginsWait(1);
        start(20, Duration.ofMinutes(15));
        java.util.concurrent.CompletableFuture<SshClerk> login;
        try (taizhang.testing.Clerks.LockHolder longWrite = new taizhang.testing.Clerks.LockHolder(db)) {
            login = loggingIn("li").thenApply(s -> {
                try {
                    return SshClerk.shell(s, 80, 24, null);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            // Past the busy timeout it was refused as if the password were wrong; the write ends once it waits.
            waits.await(40, java.util.concurrent.TimeUnit.SECONDS);
        }
        try (SshClerk li = login.get(60, java.util.concurrent.TimeUnit.SECONDS)) {
            li.await("台账");
        }
        assertEquals(0, waits.getCount(), "the server said the login waits");
        assertTrue(AuditLines.of(db).contains("li login {\"route\":\"ssh 127.0.0.1:"), AuditLines.of(db));
    }

    /** Logins that count the latch returned down, from {@code n}, each time one waits for another's write. */
    private java.util.concurrent.CountDownLatch tellingWhenLoginsWait(int n) {
        java.util.concurrent.CountDownLatch waits = new java.util.concurrent.CountDownLatch(n);
        logins.close();
        logins = new AccountLogins(db, clock, waits::countDown);
        return waits;
    }

    /** A password login made on a thread of its own, as a clerk's client would (let in, or refused). */
    private java.util.concurrent.CompletableFuture<ClientSession> loggingIn(String login) {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                ClientSession s = client.connect(login, "127.0.0.1", server.port()).verify(SshClerk.WAIT).getSession();
                s.addPasswordIdentity(PASSWORD);
                s.auth().verify(Duration.ofSeconds(90));
                return s;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void loginsWaitingForAnotherProcesssLongWriteHoldUpNeitherTheSessionsOnTheScreensNorEachOther() throws Exception {
        // More logins than the server has network threads: each used to wait on one of them.
        int many = Runtime.getRuntime().availableProcessors() + 2;
        java.util.concurrent.CountDownLatch waits = tellingWhenLoginsWait(many);
        start(20, Duration.ofMinutes(15));
        List<java.util.concurrent.CompletableFuture<ClientSession>> waiting = new java.util.ArrayList<>();
        try (SshClerk working = li(80, 24, "en_US.UTF-8")) {
            working.await("Home");
            try (taizhang.testing.Clerks.LockHolder longWrite = new taizhang.testing.Clerks.LockHolder(db)) {
                for (int i = 0; i < many; i++) {
                    waiting.add(loggingIn("li"));
                }
                assertTrue(waits.await(60, java.util.concurrent.TimeUnit.SECONDS), "every login waits for the write");
                // The clerk already at work pages on: the server reads their keys and draws.
                working.mark().send("1").await("Persons");
            }
            for (java.util.concurrent.CompletableFuture<ClientSession> login : waiting) {
                login.get(60, java.util.concurrent.TimeUnit.SECONDS).close();
            }
        }
        waitFor(() -> count(AuditLines.of(db), "li login {") == many + 1);
    }

    @Test
    void aLoginWaitingForAnotherProcesssLongWriteGivesUpWhenItsClientGoesAway() throws Exception {
        java.util.concurrent.CountDownLatch waits = tellingWhenLoginsWait(1);
        java.util.concurrent.CompletableFuture<RuntimeException> checkEnded = new java.util.concurrent.CompletableFuture<>();
        start(new PassedOn() {
            @Override
            public Verdict password(String login, String password, String from, java.util.function.BooleanSupplier gone) {
                try {
                    Verdict v = super.password(login, password, from, gone);
                    checkEnded.complete(null);
                    return v;
                } catch (RuntimeException e) {
                    checkEnded.complete(e);
                    throw e;
                }
            }
        }, 20, Duration.ofMinutes(15));
        java.util.concurrent.CompletableFuture<ClientSession> gone;
        try (taizhang.testing.Clerks.LockHolder longWrite = new taizhang.testing.Clerks.LockHolder(db)) {
            gone = loggingIn("li");
            assertTrue(waits.await(30, java.util.concurrent.TimeUnit.SECONDS), "the login waits for the write");
            client.stop();    // the clerk closes the window
            // The check notices (it looks every second) and stops waiting while the write goes on.
            RuntimeException ended = checkEnded.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(ended instanceof taizhang.storage.StorageException s && s.gaveUp(), String.valueOf(ended));
        }
        // The login behind the write, given up before it began its transaction, is neither let in
        // nor recorded once the write ends: nobody is there.
        assertEquals(0, count(AuditLines.of(db), "li login"), AuditLines.of(db));
        assertTrue(gone.isDone(), "the client's own wait ended with it");
    }

    @Test
    void aSessionEndingDuringAnotherProcesssLongWriteLetsTheClerkGoAndIsRecordedWhenTheWriteEnds() throws Exception {
        start(20, Duration.ofMinutes(15));
        try (SshClerk li = li(80, 24, null)) {
            li.await("首页");
            try (taizhang.testing.Clerks.LockHolder longWrite = new taizhang.testing.Clerks.LockHolder(db)) {
                li.send("q");
                // It waited the busy timeout here, then lost its entry.
                assertEquals(0, li.closed(), "the clerk's terminal is let go while the write goes on");
                assertEquals(0, count(AuditLines.of(db), "session.end"), "the entry waits for the write");
            }
            waitFor(() -> AuditLines.of(db).contains("li session.end {\"reason\":\"quit\""));
        }
    }

    @Test
    void aServerStoppedDuringAnotherProcesssLongWriteSaysItWaitsAndRecordsTheSessionsEndsFirst() throws Exception {
        start(20, Duration.ofMinutes(15));
        java.util.concurrent.CountDownLatch waits = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger waiting = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CompletableFuture<List<String>> stopped;
        try (SshClerk a = li(80, 24, null); SshClerk b = li(80, 24, "en_US.UTF-8")) {
            a.await("首页");
            b.await("Home");
            try (taizhang.testing.Clerks.LockHolder longWrite = new taizhang.testing.Clerks.LockHolder(db)) {
                stopped = java.util.concurrent.CompletableFuture.supplyAsync(() -> stop(Duration.ofMinutes(2), n -> {
                    waiting.set(n);
                    waits.countDown();
                }));
                assertTrue(waits.await(60, java.util.concurrent.TimeUnit.SECONDS), "the stop says it waits");
                assertFalse(stopped.isDone(), "it waits for the write");
            }
            assertEquals(List.of(), stopped.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        assertEquals(2, waiting.get(), "two session ends wait");
        assertEquals(2, count(AuditLines.of(db), "li session.end {\"reason\":\"stopping\""), AuditLines.of(db));
        server = null;
    }

    @Test
    void aStopThatCannotWaitLongerForTheWriteNamesTheEntriesNotRecorded() throws Exception {
        start(20, Duration.ofMinutes(15));
        List<String> unrecorded;
        try (SshClerk li = li(80, 24, null)) {
            li.await("首页");
            try (taizhang.testing.Clerks.LockHolder longWrite = new taizhang.testing.Clerks.LockHolder(db)) {
                unrecorded = stop(Duration.ofSeconds(2), n -> { });
            }
        }
        assertEquals(1, unrecorded.size(), unrecorded.toString());
        assertTrue(unrecorded.get(0).startsWith("li session.end {"), unrecorded.get(0));
        assertTrue(unrecorded.get(0).contains("{\"reason\":\"stopping\",\"from\":\"127.0.0.1:"), unrecorded.get(0));
        // This process lives on: the entry, still waiting, is written when the write ends.
        waitFor(() -> AuditLines.of(db).contains("li session.end {\"reason\":\"stopping\""));
        server = null;
    }

    private List<String> stop(Duration entriesWait, java.util.function.IntConsumer waiting) {
        try {
            return server.stop(Duration.ofSeconds(10), entriesWait, waiting);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aKeyLoginWorksAndAnotherKeyIsRefused() throws Exception {
        start(20, Duration.ofMinutes(15));
        try (SshClerk wang = SshClerk.shell(SshClerk.login(client, server.port(), "wang", null, wangsKey), 80, 24, null)) {
            wang.await("首页");
        }
        KeyPair stranger = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        assertThrows(Exception.class, () -> SshClerk.login(client, server.port(), "wang", null, stranger));
        assertTrue(AuditLines.of(db).contains("wang login {\"route\":\"ssh 127.0.0.1:"), AuditLines.of(db));
        assertTrue(AuditLines.of(db).contains("\"key\":\"" + KeyUtils.getFingerPrint(wangsKey.getPublic()) + "\""), AuditLines.of(db));
        waitFor(() -> AuditLines.of(db).contains("\"reason\":\"no key of the account\""));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForEveryRoute() throws Exception {
        start(20, Duration.ofMinutes(15));
        client.setUserAuthFactoriesNames("password");   // one try per connection
        for (int i = 0; i < LOCKOUT_AFTER; i++) {
            assertThrows(Exception.class, () -> SshClerk.login(client, server.port(), "li", "guess", null));
        }
        // Locked: the right password is refused now, by password and by keyboard-interactive alike.
        assertThrows(Exception.class, () -> SshClerk.login(client, server.port(), "li", PASSWORD, null));
        client.setUserAuthFactoriesNames("keyboard-interactive");
        assertThrows(Exception.class, () -> SshClerk.login(client, server.port(), "li", PASSWORD, null));
        String audit = AuditLines.of(db);
        assertEquals(LOCKOUT_AFTER, count(audit, "\"reason\":\"wrong password\""), audit);
        assertEquals(1, count(audit, "li login.locked "), audit);
        assertEquals(2, count(audit, "\"reason\":\"locked until "), audit);

        clock.move(Duration.ofMinutes(15));
        SshClerk.login(client, server.port(), "li", PASSWORD, null).close();  // keyboard-interactive asks for the password
    }

    @Test
    void aKeyLoginRefusedWhileItsSessionOpensNeverShowsTheScreens() throws Exception {
        // The key login is written to the audit trail beside the session's opening: an account
        // disabled between the key check and that entry gets no screen at all.
        java.util.concurrent.CountDownLatch askedForShell = new java.util.concurrent.CountDownLatch(1);
        start(new PassedOn() {
            @Override
            public boolean keyUsed(String login, java.security.PublicKey key, String from, java.util.function.BooleanSupplier gone) {
                try {
                    // Held until the client has asked for its shell (or the connection has ended).
                    askedForShell.await(Eventually.WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                disable(login);    // an admin, at that very moment
                return super.keyUsed(login, key, from, gone);
            }
        }, 20, Duration.ofMinutes(15));
        String screen = "";
        try {
            ClientSession session = SshClerk.login(client, server.port(), "wang", null, wangsKey);
            try (SshClerk wang = opening(session, askedForShell)) {
                wang.closed();
                screen = wang.raw();
            }
        } catch (IOException | RuntimeException e) {
            // The connection was closed before the shell opened: no screen either.
        } finally {
            askedForShell.countDown();
        }
        assertFalse(screen.contains("首页"), screen);
        String audit = AuditLines.of(db);
        assertTrue(audit.lines().anyMatch(l -> l.startsWith("wang login.failed {") && l.contains("\"reason\":\"disabled\"")),
                audit);
        assertFalse(audit.contains("wang login {"), audit);
        assertFalse(audit.contains("wang session.end"), audit);
    }

    @Test
    void aDisabledAccountCannotLogIn() throws Exception {
        start(20, Duration.ofMinutes(15));
        disable("wang");
        assertThrows(Exception.class, () -> SshClerk.login(client, server.port(), "wang", null, wangsKey));
        disable("li");
        assertThrows(Exception.class, () -> SshClerk.login(client, server.port(), "li", PASSWORD, null));
        String audit = AuditLines.of(db);
        assertTrue(audit.lines().anyMatch(l -> l.startsWith("li login.failed {") && l.contains("\"reason\":\"disabled\"")
                && l.contains("\"route\":\"ssh 127.0.0.1:")), audit);
        // wang's own key was refused because the account is disabled, not because the key is not its.
        waitFor(() -> AuditLines.of(db).contains("wang login.failed {"));
        String after = AuditLines.of(db);
        assertTrue(after.lines().anyMatch(l -> l.startsWith("wang login.failed {") && l.contains("\"reason\":\"disabled\"")),
                after);
        assertFalse(after.contains("no key of the account"), after);
    }

    @Test
    void aWindowChangeRedrawsAtTheNewSize() throws Exception {
        start(20, Duration.ofMinutes(15));
        try (SshClerk li = li(80, 24, null)) {
            li.await("首页").mark();
            li.resize(120, 40);
            waitFor(() -> li.raw().contains("\u001b[40;1H"));
            li.resize(0, 0);   // no size: the fallback, 80x24
            li.mark();
            waitFor(() -> li.raw().lastIndexOf("\u001b[24;1H") > li.raw().lastIndexOf("\u001b[40;1H"));
        }
    }

    @Test
    void enterAsALoneCarriageReturnLosesNoKeyAndFunctionKeysWork() throws Exception {
        start(20, Duration.ofMinutes(15));
        try (SshClerk li = li(80, 24, null)) {
            li.await("首页").mark();
            li.send("\r");                 // Enter on the first register: persons
            li.await("人口").mark();
            li.send("\u001b");             // Esc back home, then areas by its key
            li.await("首页").mark();
            li.send("9").await("区划").await("一村");
            li.mark().send("\u001b[21~");      // F10, as an xterm sends it: quit
            assertEquals(0, li.closed());
        }
    }

    @Test
    void twoSessionsSeeEachOthersSaves() throws Exception {
        start(20, Duration.ofMinutes(15));
        try (SshClerk a = li(80, 24, null); SshClerk b = li(80, 24, null)) {
            a.await("首页");
            b.await("首页");
            addArea(a, "990101101203", "新村");
            a.await("已保存新记录");
            b.mark().send("9").await("新村");
            b.send("q");
            assertEquals(0, b.closed());
            assertTrue(a.isOpen(), "q ends that session only");
            a.mark().send("\u001b").await("首页");
        }
        assertEquals(1, areaCount("新村"));
    }

    @Test
    void aSessionKilledMidFormLeavesNothingBehind() throws Exception {
        start(20, Duration.ofMinutes(15));
        try (SshClerk a = li(80, 24, null)) {
            a.await("首页");
            a.send("9a990101101204\t半村\t990101101");  // typed, never saved
            a.await("半村");
            a.kill();
        }
        waitFor(() -> server.sessions() == 0);
        assertEquals(0, areaCount("半村"));
        try (Database d = Database.open(db)) {   // no lock or transaction was left behind by the dead session
            d.write(h -> h.execute("UPDATE area SET name = name WHERE 0"));
            assertEquals("ok", d.handle().createQuery("PRAGMA integrity_check").mapTo(String.class).one());
        }
        waitFor(() -> AuditLines.of(db).contains("li session.end {\"reason\":\"disconnected\""));
    }

    @Test
    void ctrlCEndsThatSessionLikeQuitNotTheServer() throws Exception {
        start(20, Duration.ofMinutes(15));
        try (SshClerk a = li(80, 24, null); SshClerk b = li(80, 24, null)) {
            a.await("首页");
            b.await("首页");
            a.mark().send("\u001c\u001a");   // Ctrl-\ and Ctrl-Z are plain keys: no signal, nothing stops
            a.send("1").await("人口");
            a.send("\u0003");                 // Ctrl-C: quit, as on a local terminal
            assertEquals(0, a.closed());
            // Nothing of the ended session is kept: only b's idle check is waiting.
            waitFor(() -> ((java.util.concurrent.ThreadPoolExecutor) server.timer()).getQueue().size() == 1);
            b.mark().send("1").await("人口");
        }
        try (SshClerk c = li(80, 24, null)) {
            c.await("首页");
        }
    }

    @Test
    void theSessionAfterTheLastIsToldTheServerIsFull() throws Exception {
        start(1, Duration.ofMinutes(15));
        try (SshClerk first = li(80, 24, null)) {
            first.await("首页");
            try (SshClerk second = li(80, 24, null)) {
                second.await("台账服务器已满（同时最多 1 个会话）");
                assertEquals(1, second.closed());
            }
            first.mark().send("1").await("人口");
        }
        waitFor(() -> AuditLines.of(db).contains("li session.refused {\"reason\":\"full\""));
    }

    @Test
    void anIdleSessionEndsSayingWhyAndRedrawsDoNotKeepItAlive() throws Exception {
        start(20, Duration.ofMillis(1500));
        try (SshClerk li = li(80, 24, "en_US.UTF-8")) {
            li.await("Home").send("1").await("Persons");
            long start = System.nanoTime();
            for (int i = 0; i < 30 && li.isOpen(); i++) {   // window changes: redraws, but no key
                li.resize(80 + i % 2, 24);
                Thread.sleep(100);    // not a wait: the redraws spread over 3 s, past the idle time
            }
            li.await("Session ended: no key pressed for");
            assertEquals(0, li.closed());
            // Had the redraws kept it alive, it would end 1.5 s after the last one, at 4.5 s at least.
            assertTrue(System.nanoTime() - start < Duration.ofMillis(4000).toNanos(), "ended within the idle time");
        }
        waitFor(() -> AuditLines.of(db).contains("li session.end {\"reason\":\"idle\""));
    }

    @Test
    void commandsFileTransferAndForwardingAreRefused() throws Exception {
        start(20, Duration.ofMinutes(15));
        // As OpenSSH's client does: ask for a reply, and close the channel on a refusal.
        org.apache.sshd.core.CoreModuleProperties.REQUEST_EXEC_REPLY.set(client, true);
        org.apache.sshd.core.CoreModuleProperties.REQUEST_SUBSYSTEM_REPLY.set(client, true);
        try (ClientSession s = SshClerk.login(client, server.port(), "li", PASSWORD, null)) {
            for (org.apache.sshd.client.channel.ClientChannel refused
                    : List.of(s.createExecChannel("cat /etc/passwd"), s.createSubsystemChannel("sftp"))) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                refused.setOut(out);
                refused.setErr(out);
                try {
                    refused.open().verify(SshClerk.WAIT);
                } catch (IOException e) {
                    // refused at once: as good
                }
                assertTrue(refused.waitFor(java.util.EnumSet.of(org.apache.sshd.client.channel.ClientChannelEvent.CLOSED),
                        SshClerk.WAIT).contains(org.apache.sshd.client.channel.ClientChannelEvent.CLOSED));
                assertEquals(0, out.size(), "nothing ran");
                assertEquals(null, refused.getExitStatus());
            }
            // A service the forwarding would reach: it greets whoever connects.
            try (java.net.ServerSocket target = new java.net.ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
                Thread greeter = new Thread(() -> {
                    try (java.net.Socket c = target.accept()) {
                        c.getOutputStream().write("hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    } catch (IOException ignored) {
                        // closed at the end of the test
                    }
                });
                greeter.setDaemon(true);
                greeter.start();
                SshdSocketAddress local = s.startLocalPortForwarding(new SshdSocketAddress("127.0.0.1", 0),
                        new SshdSocketAddress("127.0.0.1", target.getLocalPort()));
                try (java.net.Socket through = new java.net.Socket("127.0.0.1", local.getPort())) {
                    through.setSoTimeout((int) SshClerk.WAIT.toMillis());
                    assertEquals(-1, through.getInputStream().read(), "the server refused to open the tunnel");
                }
                assertThrows(Exception.class, () -> s.startRemotePortForwarding(new SshdSocketAddress("127.0.0.1", 0),
                        new SshdSocketAddress("127.0.0.1", target.getLocalPort())));
            }
        }
    }

    @Test
    void aLoginThatAskedOnlyForACommandHasItsEndRecordedToo() throws Exception {
        start(20, Duration.ofMinutes(15));
        org.apache.sshd.core.CoreModuleProperties.REQUEST_EXEC_REPLY.set(client, true);
        try (ClientSession s = SshClerk.login(client, server.port(), "li", PASSWORD, null)) {
            org.apache.sshd.client.channel.ClientChannel exec = s.createExecChannel("ls");
            try {
                exec.open().verify(SshClerk.WAIT);
            } catch (IOException e) {
                // refused at once
            }
            exec.waitFor(java.util.EnumSet.of(org.apache.sshd.client.channel.ClientChannelEvent.CLOSED), SshClerk.WAIT);
        }
        try (ClientSession s = SshClerk.login(client, server.port(), "wang", null, wangsKey)) {
            s.createSubsystemChannel("sftp").open().verify(SshClerk.WAIT);
        } catch (IOException e) {
            // refused
        }
        // A login left without an end read as a session still open.
        waitFor(() -> AuditLines.of(db).contains("li session.end {\"reason\":\"no shell\",\"from\":\"127.0.0.1:")
                && AuditLines.of(db).contains("wang session.end {\"reason\":\"no shell\""));
        String audit = AuditLines.of(db);
        assertTrue(audit.indexOf("wang login {") < audit.indexOf("wang session.end"), "after its login: " + audit);
        assertEquals(1, count(audit, "li session.end"), audit);
    }

    @Test
    void stoppingTheServerEndsEverySessionCleanly() throws Exception {
        start(20, Duration.ofMinutes(15));
        SshClerk a = li(80, 24, null);
        SshClerk b = li(80, 24, "en_US.UTF-8");
        a.await("首页");
        b.await("Home");
        assertEquals(List.of(), server.stop(Duration.ofSeconds(10), Duration.ofSeconds(60), n -> { }));
        a.await("台账服务器正在停止");
        b.await("the taizhang server is stopping");
        assertEquals(0, server.sessions());
        assertEquals(2, count(AuditLines.of(db), "li session.end {\"reason\":\"stopping\""), AuditLines.of(db));
        server = null;
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsSaidOnTheScreenAndTheServerGoesOn() throws Exception {
        start(20, Duration.ofMinutes(15));
        java.nio.file.Files.move(db, dir.resolve("moved.db"));
        try (SshClerk li = li(80, 24, null)) {
            li.await("没有数据库：请先运行 taizhang init"); // the session speaks Chinese: its client sent no LANG
            li.closed();
        }
        java.nio.file.Files.move(dir.resolve("moved.db"), db);
        try (SshClerk li = li(80, 24, null)) {
            li.await("首页");
        }
    }

    @Test
    void postQuantumMlKemAndCurve25519AreOfferedButNotTheSlowSntrup() throws Exception {
        start(20, Duration.ofMinutes(15));
        for (String kex : List.of("mlkem768x25519-sha256", "curve25519-sha256", "sntrup761x25519-sha512")) {
            SshClient only = SshClerk.client(hostKey);
            only.setKeyExchangeFactories(org.apache.sshd.common.NamedFactory.setUpTransformedFactories(false,
                    List.of(org.apache.sshd.common.kex.BuiltinDHFactories.fromFactoryName(kex)),
                    org.apache.sshd.client.ClientBuilder.DH2KEX));
            try {
                if (kex.startsWith("sntrup")) {
                    assertThrows(Exception.class, () -> SshClerk.login(only, server.port(), "li", PASSWORD, null));
                } else {
                    SshClerk.login(only, server.port(), "li", PASSWORD, null).close();
                }
            } finally {
                only.stop();
            }
        }
    }

    @Test
    void theHostKeyIsMadeOnceReadableByItsOwnerOnly() throws Exception {
        Path file = dir.resolve("taizhang-host-key");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(file)));
        assertTrue(hostKey.fingerprint().matches("SHA256:[A-Za-z0-9+/]{43}"), hostKey.fingerprint());
        assertEquals(hostKey.fingerprint(), HostKey.readOrCreate(file).fingerprint(), "read again, not made again");
        assertEquals("ssh-ed25519", KeyUtils.getKeyType(hostKey.pair()));
        assertNotEquals(hostKey.fingerprint(), HostKey.readOrCreate(dir.resolve("other")).fingerprint());
    }

    /** Adds an area from its form: code, name, parent, saved with Ctrl-S. */
    private static void addArea(SshClerk clerk, String code, String name) throws Exception {
        clerk.mark().send("9").await("区划");
        clerk.send("a" + code + "\t" + name + "\t990101101\t").send("\u0013");
    }

    private static Account account(String login, Role role) {
        return new Account(login, login, role, new Scope(List.of(Office.COUNTY)), null, false);
    }

    private void disable(String login) {
        try (Database admin = Database.open(db)) {
            Accounts accounts = new Accounts(admin);
            admin.actAs(accounts.forOsUser(Cli.OS_USER));
            Account a = accounts.find(login);
            accounts.set(new Account(a.login(), a.name(), a.role(), a.scope(), a.osUser(), true));
        }
    }


    private long areaCount(String name) {
        try (Database d = Admin.signIn(Database.open(db))) {
            return new CodeLists(d).areas().stream().filter(a -> a.name().equals(name)).count();
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        Eventually.holds("the condition of this test", condition);
    }

    /** Opens the shell, then counts {@code asked} down: the client has asked for it. */
    private static SshClerk opening(ClientSession session, java.util.concurrent.CountDownLatch asked) throws IOException {
        try {
            return SshClerk.shell(session, 80, 24, null);
        } finally {
            asked.countDown();
        }
    }

    /**
     * The account logins, each question passed on as asked (a client's going away too); a test
     * overrides the one it watches or holds back.
     */
    private class PassedOn implements Logins {
        @Override
        public Verdict password(String login, String password, String from) {
            return logins.password(login, password, from);
        }

        @Override
        public Verdict password(String login, String password, String from, java.util.function.BooleanSupplier gone) {
            return logins.password(login, password, from, gone);
        }

        @Override
        public Verdict key(String login, java.security.PublicKey key, String from) {
            return logins.key(login, key, from);
        }

        @Override
        public boolean keyUsed(String login, java.security.PublicKey key, String from) {
            return logins.keyUsed(login, key, from);
        }

        @Override
        public boolean keyUsed(String login, java.security.PublicKey key, String from, java.util.function.BooleanSupplier gone) {
            return logins.keyUsed(login, key, from, gone);
        }

        @Override
        public void keysRefused(String login, String from) {
            logins.keysRefused(login, from);
        }

        @Override
        public void record(Account account, String action, Map<String, Object> detail) {
            logins.record(account, action, detail);
        }
    }

    /** The real clock, moved forward by a test (the lockout's 15 minutes). */
    private static final class MovableClock extends Clock {
        private volatile Duration moved = Duration.ZERO;

        void move(Duration d) {
            moved = moved.plus(d);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(moved);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
