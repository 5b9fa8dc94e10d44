package taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.testing.AuditLines;
import taizhang.testing.Cli;
import taizhang.testing.Office;

/**
 * {@code taizhang serve} as the office runs it: a process of its own, OpenSSH's own client
 * logging in with a key, and SIGTERM to stop it. The slow one (the server warms up first).
 */
class ServeCommandTest {
    private static final long WAIT_MS = 60_000;

    @TempDir
    Path dir;

    @Test
    void opensshLogsInWithAKeyAndSigtermEndsEverySessionAndExitsZero() throws Exception {
        Path id = dir.resolve("id_ed25519");
        Path db = officeWithLisKey(id);
        Output log = new Output(dir.resolve("server.log"));
        Process server = serve(db, log);
        try {
            String port = listening(log);
            Matcher printed = log.await(Pattern.compile("host key (SHA256:\\S+) \\((.+)\\)"));

            Path key = dir.resolve("taizhang-host-key");
            assertEquals(key.toString(), printed.group(2), "beside the database");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
            assertTrue(run("ssh-keygen", "-l", "-f", key.toString()).contains(printed.group(1)),
                    "the fingerprint OpenSSH computes for the same key");

            // A pipe, not a terminal: ssh -tt asks for a terminal of size 0x0, which means 80x24.
            Output first = new Output(dir.resolve("first.out"));
            Process quits = ssh(id, port, "zh_CN.UTF-8", first);
            first.await(Pattern.compile("首页"));
            quits.getOutputStream().write('q');
            quits.getOutputStream().flush();
            assertTrue(quits.waitFor(WAIT_MS, TimeUnit.MILLISECONDS));
            assertEquals(0, quits.exitValue(), first.text());
            assertTrue(first.text().contains("\u001b[24;1H"), "drawn at 80x24");

            Output second = new Output(dir.resolve("second.out"));
            Process stays = ssh(id, port, "en_US.UTF-8", second);
            second.await(Pattern.compile("Home"));
            server.destroy();   // SIGTERM
            assertTrue(server.waitFor(WAIT_MS, TimeUnit.MILLISECONDS));
            assertEquals(0, server.exitValue(), log.text());
            second.await(Pattern.compile("the taizhang server is stopping"));
            assertTrue(stays.waitFor(WAIT_MS, TimeUnit.MILLISECONDS));
            log.await(Pattern.compile("stopped \\(1 session ended\\)"));
            String audit = AuditLines.of(db);
            assertEquals(2, audit.split("clerk.li login \\{\"route\":\"ssh 127.0.0.1:", -1).length - 1, audit);
            assertTrue(audit.contains("clerk.li session.end {\"reason\":\"quit\""), audit);
            assertTrue(audit.contains("clerk.li session.end {\"reason\":\"stopping\""), audit);
            assertTrue(!audit.contains("warm-up"), "the warm-up logins are not the office's: " + audit);
        } finally {
            server.destroyForcibly();
        }
    }

    /** An office with the account clerk.li, whose key is made at {@code id}; its database. */
    private Path officeWithLisKey(Path id) throws IOException, InterruptedException {
        Cli cli = Office.create(dir);
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", id.toString());
        assertEquals(0, cli.run("account", "add", "clerk.li", "--role", "clerk", "--scope", Office.COUNTY).code());
        Cli.Result added = cli.run("account", "key", "add", "clerk.li", id + ".pub");
        assertEquals(0, added.code(), added.err());
        return cli.db();
    }

    /** The port the server says it listens on, once it says so. */
    private static String listening(Output log) throws InterruptedException {
        return log.await(Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)")).group(1);
    }

    /** {@code taizhang serve} on a free loopback port, its output in {@code log}. */
    private static Process serve(Path db, Output log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Started by the file's owner (who counts as an admin on the command line), as an office would.
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--listen", "127.0.0.1:0", "--db", db.toString());
        pb.environment().put("TAIZHANG_TODAY", Cli.TODAY);
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.file);
        return pb.start();
    }

    @Test
    void sigtermDuringAnotherProcesssLongWriteSaysItWaitsAndRecordsTheSessionsEndBeforeExiting() throws Exception {
        Path db = officeWithLisKey(dir.resolve("id_ed25519"));
        Output log = new Output(dir.resolve("server.log"));
        Process server = serve(db, log);
        try {
            Path id = dir.resolve("id_ed25519");
            Output screen = new Output(dir.resolve("screen.out"));
            Process stays = ssh(id, listening(log), "en_US.UTF-8", screen);
            screen.await(Pattern.compile("Home"));
            try (taizhang.testing.Clerks.LockHolder longWrite = new taizhang.testing.Clerks.LockHolder(db)) {
                server.destroy();   // SIGTERM
                log.await(Pattern.compile("another process is writing the database \\(an import\\?\\): waiting for it,"
                        + " up to 60 s, to record 1 session end in the audit trail"));
                assertTrue(server.isAlive(), "the server waits for the write");
                assertTrue(stays.waitFor(WAIT_MS, TimeUnit.MILLISECONDS), "the clerk is let go meanwhile");
            }
            assertTrue(server.waitFor(WAIT_MS, TimeUnit.MILLISECONDS));
            assertEquals(0, server.exitValue(), log.text());
            assertFalse(log.text().contains("could not be recorded"), log.text());
            String audit = AuditLines.of(db);
            assertTrue(audit.contains("clerk.li session.end {\"reason\":\"stopping\""), audit);
        } finally {
            server.destroyForcibly();
        }
    }

    @Test
    void aHostKeyFileThatHoldsNoPrivateKeyIsSaidPlainlyInEitherLanguage() throws Exception {
        Cli cli = Office.create(dir);
        Path bad = dir.resolve("not-a-key");
        Files.writeString(bad, "garbage\n");
        Cli.Result en = cli.run("serve", "--listen", "127.0.0.1:0", "--host-key", bad.toString());
        assertEquals(1, en.code(), en.err());
        assertEquals("taizhang: cannot use the host key " + bad + ": it is not an OpenSSH private key without a passphrase\n", en.err());
        Cli.Result zh = cli.run("--lang", "zh", "serve", "--listen", "127.0.0.1:0", "--host-key", bad.toString());
        assertEquals(1, zh.code(), zh.err());
        assertTrue(zh.err().startsWith("taizhang：无法使用主机密钥 " + bad), zh.err());
        assertEquals("garbage\n", Files.readString(bad), "left as it was");

        Path locked = dir.resolve("locked-key");
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "secret phrase", "-f", locked.toString());
        Cli.Result withPassphrase = cli.run("serve", "--listen", "127.0.0.1:0", "--host-key", locked.toString());
        assertEquals(1, withPassphrase.code(), withPassphrase.err());
        assertTrue(withPassphrase.err().endsWith(": it is not an OpenSSH private key without a passphrase\n"),
                withPassphrase.err());
    }

    /** The address it listens on is printed as --listen takes it. */
    @Test
    void theAddressIsPrintedAsListenTakesIt() {
        java.net.InetSocketAddress v6 = ServeCommand.address("[::1]:2222");
        assertEquals("[::1]:2222", ServeCommand.shown(v6.getHostString(), v6.getPort()));
        java.net.InetSocketAddress v4 = ServeCommand.address("0.0.0.0:2222");
        assertEquals("0.0.0.0:2222", ServeCommand.shown(v4.getHostString(), v4.getPort()));
    }

    /** The fingerprint is followed by a space in both languages, so that it can be copied (or matched) alone. */
    @Test
    void theFingerprintStandsAloneOnItsLine() {
        for (taizhang.domain.Language language : taizhang.domain.Language.values()) {
            String line = Wording.of(language).get("serve.host_key", "SHA256:abc", "/srv/taizhang-host-key");
            assertTrue(Pattern.compile("(^| )SHA256:abc \\S").matcher(line).find(), line);
        }
    }

    private Process ssh(Path id, String port, String lang, Output out) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("ssh", "-tt", "-i", id.toString(), "-p", port,
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes",
                "-o", "LogLevel=ERROR", "-o", "SendEnv=LANG", "-F", "/dev/null", "clerk.li@127.0.0.1");
        pb.environment().put("LANG", lang);
        pb.redirectErrorStream(true);
        pb.redirectOutput(out.file);
        return pb.start();
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    /** A process's output, in a file (a pipe's last bytes can be lost when the process ends). */
    private static final class Output {
        final java.io.File file;

        Output(Path file) {
            this.file = file.toFile();
        }

        String text() {
            try {
                return file.exists() ? Files.readString(file.toPath(), StandardCharsets.UTF_8) : "";
            } catch (IOException e) {
                return "";
            }
        }

        Matcher await(Pattern p) throws InterruptedException {
            long deadline = System.currentTimeMillis() + WAIT_MS;
            while (System.currentTimeMillis() < deadline) {
                Matcher m = p.matcher(text());
                if (m.find()) {
                    return m;
                }
                Thread.sleep(20);
            }
            throw new AssertionError(p + " did not appear in:\n" + text());
        }
    }
}
