package taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.testing.Cli;
import taizhang.testing.Ids;
import taizhang.testing.Office;

/** SPEC 9 on the command line: who is working, the account commands, the audit trail. */
class AccountCommandTest {
    @TempDir
    Path dir;

    private Cli.Result withStdin(String input, Cli cli, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return cli.run(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void initMakesTheAdminOfTheOsUserAndAnotherOsUserWithoutAnAccountIsTurnedAway() throws Exception {
        Cli admin = Office.create(dir);
        Cli.Result list = admin.run("account", "list", "--format", "csv");
        assertEquals(0, list.code(), list.err());
        assertEquals("\uFEFFlogin,name,role,scope,os_user,disabled\ntester,tester,admin,*,tester,N\n", list.out());
        Cli.Result stranger = admin.as("wang").run("export", "persons");
        assertEquals(1, stranger.code());
        assertEquals("taizhang: no account for OS user wang: an admin adds one with taizhang account add\n",
                stranger.err());
    }

    @Test
    void anAdminAddsAVillageClerkWhoThenWorksInTheirVillageOnly() throws Exception {
        Cli admin = Office.create(dir);
        Cli.Result added = withStdin("a good password\n", admin, "account", "add", "li", "--role", "clerk",
                "--scope", Office.V1, "--name", "李四", "--os-user", "lisi", "--password-stdin");
        assertEquals(0, added.code(), added.err());
        Path persons = Office.write(dir.resolve("p.csv"), "id_number,name,sex,birth_date,area_code,residence\n"
                + Ids.id("19900101", 1) + ",张三,M,1990-01-01," + Office.V1 + ",resident\n"
                + Ids.id("19900101", 3) + ",王五,M,1990-01-01," + Office.V3 + ",resident\n");
        Cli clerk = admin.as("lisi");
        Cli.Result refused = clerk.run("import", "persons", persons.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("p.csv:3: area_code: \"" + Office.V3 + "\" is outside the scope of li"),
                refused.err());
        assertTrue(refused.out().contains("nothing imported"), refused.out());
        Path mine = Office.write(dir.resolve("mine.csv"), "id_number,name,sex,birth_date,area_code,residence\n"
                + Ids.id("19900101", 1) + ",张三,M,1990-01-01," + Office.V1 + ",resident\n");
        assertEquals(0, clerk.run("import", "persons", mine.toString()).code());
        assertEquals(0, admin.run("import", "persons", Office.write(dir.resolve("v3.csv"),
                "id_number,name,sex,birth_date,area_code,residence\n" + Ids.id("19900101", 3) + ",王五,M,1990-01-01,"
                        + Office.V3 + ",resident\n").toString()).code());
        Path out = dir.resolve("out.csv");
        assertEquals(0, clerk.run("export", "persons", "--out", out.toString()).code());
        String exported = Files.readString(out);
        assertTrue(exported.contains("张三") && !exported.contains("王五"), exported);
        Cli.Result report = clerk.run("report", "--period", "2026-10", "--format", "csv");
        List<String> rows = List.of(report.out().strip().split("\n"));
        assertEquals(2, rows.size(), report.out());
        assertTrue(rows.get(1).startsWith(Office.V1 + ","), rows.get(1));
        Cli.Result notAdmin = clerk.run("account", "list");
        assertEquals(1, notAdmin.code());
        assertTrue(notAdmin.err().contains("li (clerk) may not manage accounts"), notAdmin.err());
        assertEquals(1, clerk.run("close", "--period", "2026-10").code());
    }

    @Test
    void aViewersExportIsMasked() throws Exception {
        Cli admin = Office.create(dir);
        admin.run("import", "persons", Office.write(dir.resolve("p.csv"),
                "id_number,name,sex,birth_date,area_code,residence,phone\n" + Ids.id("19900101", 1)
                        + ",张三,M,1990-01-01," + Office.V1 + ",resident,13912345678\n").toString());
        assertEquals(0, admin.run("account", "add", "kan", "--role", "viewer", "--scope", Office.EAST,
                "--os-user", "kan").code());
        Path out = dir.resolve("out.csv");
        Cli.Result export = admin.as("kan").run("export", "persons", "--out", out.toString());
        assertEquals(0, export.code(), export.err());
        String exported = Files.readString(out);
        assertFalse(exported.contains(Ids.id("19900101", 1)), exported);
        assertTrue(exported.contains("990101********") && exported.contains("*******5678"), exported);
        assertEquals(1, admin.as("kan").run("import", "persons", dir.resolve("p.csv").toString()).code());
    }

    @Test
    void setDisablesAndKeyAddTakesAPublicKeyFile() throws Exception {
        Cli admin = Office.create(dir);
        admin.run("account", "add", "li", "--role", "clerk", "--scope", Office.V1, "--os-user", "lisi");
        Path key = Files.writeString(dir.resolve("li.pub"), "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMLxSPkFvRzG3zPHNYSY9X3E"
                + "/zXEdfhYYwi7CUwC9Bha li@office\n");
        Cli.Result keyAdd = admin.run("account", "key", "add", "li", key.toString());
        assertEquals(0, keyAdd.code(), keyAdd.err());
        assertTrue(keyAdd.err().contains("SHA256:eFFVZrkdhf6L2nkC0Wi848fBGC3nyGYursUNp0G8uTk"), keyAdd.err());
        assertEquals(0, admin.run("account", "set", "li", "--disable").code());
        Cli.Result disabled = admin.as("lisi").run("export", "persons");
        assertEquals(1, disabled.code());
        assertTrue(disabled.err().contains("account li is disabled"), disabled.err());
        Cli.Result list = admin.run("account", "list", "--format", "csv");
        assertTrue(list.out().contains("li,li,clerk," + Office.V1 + ",lisi,Y"), list.out());
        assertFalse(list.out().contains("AAAA"), "never a key");
        // An unknown role is a command line not understood, as an unknown format is (SPEC 7: exit 2).
        Cli.Result boss = admin.run("account", "set", "li", "--role", "boss");
        assertEquals(2, boss.code(), boss.err());
        assertTrue(boss.err().contains("invalid value for --role (admin|statistician|clerk|viewer): boss"), boss.err());
        assertEquals(2, admin.run("account", "add", "wang", "--role", "boss", "--scope", Office.V1).code());
        assertFalse(admin.run("account", "list", "--format", "csv").out().contains("wang"), "nothing added");
        assertEquals(1, withStdin("short\n", admin, "account", "password", "li", "--password-stdin").code());
    }

    @Test
    void aMalformedScopeIsACommandLineNotUnderstoodAsAnUnknownRoleIs() throws Exception {
        Cli admin = Office.create(dir);
        admin.run("account", "add", "li", "--role", "clerk", "--scope", Office.V1);
        String before = taizhang.testing.Snapshot.of(admin.db());
        for (String scope : List.of("99x", "village:", "990101,99", ",", "")) {
            Cli.Result add = admin.run("account", "add", "wang", "--role", "clerk", "--scope", scope);
            assertEquals(2, add.code(), scope + ": " + add.err());
            assertEquals("taizhang: invalid value for --scope (CODE[,CODE…]): " + scope
                    + "\nsee: taizhang account add --help\n", add.err());
            Cli.Result set = admin.run("account", "set", "li", "--scope", scope);
            assertEquals(2, set.code(), scope + ": " + set.err());
            assertTrue(set.err().contains("see: taizhang account set --help"), set.err());
        }
        Cli.Result zh = admin.run("--lang", "zh", "account", "add", "wang", "--role", "clerk", "--scope", "99");
        assertEquals(2, zh.code(), zh.err());
        assertEquals("taizhang：--scope（CODE[,CODE…]）的值无效：99\n请看：taizhang account add --help\n", zh.err());
        assertEquals(before, taizhang.testing.Snapshot.of(admin.db()), "nothing added, nothing changed, nothing audited");
        // The help lists the forms it takes, in both languages.
        String help = admin.run("account", "add", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("codes of 6 (county), 9 (township) or 12 (village) digits, joined by commas"), help);
        String zhHelp = admin.run("--lang", "zh", "account", "set", "--help").out().replaceAll("\\s+", "");
        assertTrue(zhHelp.contains("6位（县）、9位（乡镇）或12位（村居）的区划代码") && zhHelp.contains("*表示全部"), zhHelp);
        // Well-formed codes in the other spellings it takes are let through.
        assertEquals(0, admin.run("account", "add", "wang", "--role", "clerk", "--scope", Office.V1 + "；" + Office.EAST).code());
        assertEquals(0, admin.run("account", "set", "wang", "--scope", "*").code());
    }

    @Test
    void aLockedAccountsCommandSaysUntilWhenAsAClerkReadsATimeAndAVillageIsOne() throws Exception {
        Cli admin = Office.create(dir);
        admin.run("account", "add", "li", "--role", "clerk", "--scope", Office.V1, "--os-user", "lisi");
        assertEquals(0, withStdin("a good password\n", admin, "account", "password", "li", "--password-stdin").code());
        try (taizhang.storage.Database db = taizhang.storage.Database.open(dir.resolve("office.db"))) {
            taizhang.storage.Accounts accounts = new taizhang.storage.Accounts(db);
            for (int i = 0; i < 5; i++) {
                accounts.signIn("li", "wrong " + i, "test");
            }
        }
        Cli.Result locked = admin.as("lisi").run("export", "persons");
        assertEquals(1, locked.code());
        assertTrue(locked.err().matches("taizhang: account li is locked until \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC"
                + " after repeated failed logins\n"), "no nanoseconds, no ISO T and Z: " + locked.err());
        // The owner's population of one village: "1 village", as every other count is said.
        Cli.Result one = admin.run("population", "--from-register", "--as-of", "2026-01-01");
        assertEquals(0, one.code(), one.err());
        assertTrue(one.out().contains(": 3 villages, "), one.out());
        admin.run("account", "set", "li", "--enable");
        assertEquals(0, withStdin("a good password\n", admin, "account", "password", "li", "--password-stdin").code());
        Cli.Result clerks = admin.as("lisi").run("population", "--from-register", "--as-of", "2026-02-01");
        assertEquals(0, clerks.code(), clerks.err());
        assertTrue(clerks.out().contains(": 1 village, 0 persons"), clerks.out());
    }

    @Test
    void checkIsForWhoeverSeesTheWholeOfficeSoThatOkIsNeverSaidOfAPart() throws Exception {
        Cli admin = Office.create(dir);
        admin.run("account", "add", "east", "--role", "statistician", "--scope", Office.EAST, "--os-user", "east");
        admin.run("account", "add", "county", "--role", "statistician", "--scope", Office.COUNTY, "--os-user", "county");
        Path persons = Files.writeString(dir.resolve("p.csv"), "id_number,name,sex,birth_date,area_code,residence,phone\n"
                + Ids.id("19900304", 11) + ",张三,M,1990-03-04," + Office.V3 + ",resident,13800000000\n");
        assertEquals(0, admin.run("import", "persons", persons.toString()).code());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("office.db"));
             java.sql.Statement s = c.createStatement()) {
            s.execute("UPDATE person SET phone = 'abc'");   // a record of 西乡 broken behind the program's back
        }
        Cli.Result township = admin.as("east").run("check");
        assertEquals(1, township.code());
        assertEquals("taizhang: east works on " + Office.EAST + " only; check reads the whole database, the whole"
                + " office (" + Office.COUNTY + ") included\n", township.err());
        assertFalse(township.out().contains("ok"), "no \"ok\" said of 东镇 alone: " + township.out());
        Cli.Result county = admin.as("county").run("check");
        assertEquals(1, county.code());
        assertTrue(county.err().contains("phone: \"abc\""), county.err());
        assertTrue(admin.as("county").run("close", "--period", "2026-10").code() == 0, "close takes the same rule");
        assertEquals(1, admin.as("east").run("close", "--period", "2026-09").code());
    }

    @Test
    void anAccountsNameOrOsUserWithAControlCharacterIsRefusedAsARecordsNameIs() throws Exception {
        Cli admin = Office.create(dir);
        Cli.Result esc = admin.run("account", "add", "li", "--role", "clerk", "--scope", Office.V1, "--name", "\u001b[31m李");
        assertEquals(1, esc.code());
        assertEquals("taizhang: name: \"\\x1b[31m李\" may hold no control or invisible character\n", esc.err());
        Cli.Result newline = admin.run("account", "add", "li", "--role", "clerk", "--scope", Office.V1, "--os-user", "li\nroot");
        assertEquals(1, newline.code());
        assertTrue(newline.err().contains("os_user: \"li\\x0aroot\""), newline.err());
        assertEquals(0, admin.run("account", "add", "li", "--role", "clerk", "--scope", Office.V1, "--name", "李红").code());
        assertEquals(1, admin.run("account", "set", "li", "--name", "李\u202e红").code(), "a right-to-left override");
        assertFalse(admin.run("account", "list").out().contains("\u202e"));
    }

    @Test
    void aFileThatHoldsNoPublicKeyIsSaidOnceInTheClerksLanguage() throws Exception {
        Cli admin = Office.create(dir);
        Path bad = Files.writeString(dir.resolve("bad.pub"), "garbage line\n");
        Path broken = Files.writeString(dir.resolve("broken.pub"), "ssh-ed25519 @@@@ li@office\n");
        Cli.Result zh = admin.run("--lang", "zh", "account", "key", "add", "root", bad.toString());
        assertEquals(1, zh.code());
        assertTrue(zh.err().contains("不是 OpenSSH 公钥行"), zh.err());
        assertFalse(zh.err().contains("not an OpenSSH"), "no English inside the Chinese: " + zh.err());
        Cli.Result en = admin.run("--lang", "en", "account", "key", "add", "root", bad.toString());
        assertEquals(1, en.code());
        assertEquals(1, en.err().split("not an OpenSSH public key line", -1).length - 1, "said once: " + en.err());
        Cli.Result base64 = admin.run("--lang", "zh", "account", "key", "add", "root", broken.toString());
        assertTrue(base64.err().contains("base64 文本已损坏"), base64.err());
    }

    @Test
    void auditListsWhatHappenedAndVerifyNamesTheHead() throws Exception {
        Cli admin = Office.create(dir);
        Path persons = Office.write(dir.resolve("p.csv"), "id_number,name,sex,birth_date,area_code,residence\n"
                + Ids.id("19900101", 1) + ",张三,M,1990-01-01," + Office.V1 + ",resident\n"
                + Ids.id("19900101", 3) + ",王五,M,1990-01-01," + Office.V3 + ",resident\n");
        assertEquals(0, admin.run("import", "persons", persons.toString()).code());
        Cli.Result csv = admin.run("audit", "--register", "persons", "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        List<String> lines = List.of(csv.out().split("\n"));
        assertEquals("\uFEFFseq,at,login,action,register,record_id,detail,prev_hash,hash", lines.get(0));
        assertEquals(2, lines.size(), "one entry for the whole import, not one per row: " + csv.out());
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(persons)));
        assertTrue(lines.get(1).contains(",tester,import,persons,,") && lines.get(1).contains(sha)
                && lines.get(1).contains("\"\"rows\"\":2") && lines.get(1).contains("\"\"first_id\"\":1")
                && lines.get(1).contains("\"\"last_id\"\":2"), lines.get(1));
        Cli.Result verify = admin.run("audit", "--verify");
        assertEquals(0, verify.code(), verify.err());
        assertTrue(verify.out().matches("\\d+ entries, chain intact, head [0-9a-f]{64}\n"), verify.out());
        assertTrue(admin.run("check").out().contains("ok      audit trail chain"));
    }

    @Test
    void aFormatOtherThanTableOrCsvIsAUsageErrorAsInEveryOtherCommand() throws Exception {
        Cli admin = Office.create(dir);
        for (String[] args : List.of(new String[] {"audit", "--format", "json"},
                new String[] {"account", "list", "--format", "json"}, new String[] {"report", "--period", "2026-10",
                "--format", "json"})) {
            Cli.Result r = admin.run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals("", r.out(), "nothing listed");
            assertTrue(r.err().contains("json") && r.err().contains("--help"), r.err());
        }
    }
}
