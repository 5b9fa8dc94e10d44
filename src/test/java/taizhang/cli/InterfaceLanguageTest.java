package taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.testing.Cli;
import taizhang.testing.Office;

/**
 * SPEC 7: the command line speaks the interface language in what it prints for a clerk (tables'
 * headers, names of registers), keeps codes and CSV keys as they are, and marks a value cut to
 * its column with … (SPEC 4).
 */
class InterfaceLanguageTest {
    @TempDir
    Path dir;
    Cli cli;

    @BeforeEach
    void office() throws Exception {
        cli = Office.create(dir);
    }

    /** One person imported, then changed behind the program's back (as a damaged or hand-edited file would be). */
    private void personSpoiltBy(String sql) throws Exception {
        Path persons = Office.write(dir.resolve("persons.csv"), "id_number,name,sex,birth_date,area_code,residence\n"
                + ",张三,M,1990-01-01," + Office.V1 + ",resident\n");
        assertEquals(0, cli.run("import", "persons", persons.toString()).code());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void checkNamesTheRegistersOfABrokenReferenceInTheInterfaceLanguage() throws Exception {
        personSpoiltBy("UPDATE person SET area_code = '990101101299'"); // foreign keys are off on that connection
        Cli.Result zh = cli.run("--lang", "zh", "check");
        assertEquals(1, zh.code());
        assertTrue(zh.err().contains("检查：记录之间的引用：人口 编号 1：引用的 区划 不存在"), zh.err());
        assertFalse(zh.err().contains("person"), zh.err());
        Cli.Result en = cli.run("--lang", "en", "check");
        assertTrue(en.err().contains("persons id 1: refers to a missing areas"), en.err());
    }

    /** A record that breaks a rule is named with its register and column in the interface language. */
    @Test
    void checkNamesTheColumnOfARecordThatBreaksARuleInTheInterfaceLanguage() throws Exception {
        personSpoiltBy("UPDATE person SET birth_date = '2030-01-01'");
        Cli.Result zh = cli.run("--lang", "zh", "check");
        assertTrue(zh.err().contains("检查：每条记录都符合规则：人口 编号 1：出生日期：\"2030-01-01\" 晚于今天"), zh.err());
        Cli.Result en = cli.run("--lang", "en", "check");
        assertTrue(en.err().contains(": persons id 1: birth_date: \"2030-01-01\""), en.err());
    }

    @Test
    void auditAndAccountListHeadTheirTablesInTheInterfaceLanguageAndCsvKeepsTheKeys() {
        Cli.Result audit = cli.run("--lang", "zh", "audit");
        assertEquals(0, audit.code(), audit.err());
        String header = audit.out().lines().findFirst().orElseThrow();
        assertTrue(header.startsWith("序号  时间（UTC）"), header);
        for (String english : List.of("seq", "login", "action", "detail", "hash")) {
            assertFalse(header.contains(english), header);
        }
        assertTrue(cli.run("--lang", "zh", "audit", "--format", "csv").out()
                .startsWith("\uFEFFseq,at,login,action,register,record_id,detail,prev_hash,hash\n"));
        String accounts = cli.run("--lang", "zh", "account", "list").out().lines().findFirst().orElseThrow();
        assertTrue(accounts.startsWith("登录名") && accounts.contains("角色") && accounts.contains("管辖区划"), accounts);
        assertTrue(cli.run("--lang", "en", "account", "list").out().startsWith("login"));
    }

    /** A command that needs a subcommand points to its own help by its whole name, as every usage error does. */
    @Test
    void aCommandWithoutItsSubcommandPointsToItsHelpByItsWholeName() {
        Cli.Result reconcile = cli.run("--lang", "zh", "reconcile");
        assertEquals(2, reconcile.code());
        assertTrue(reconcile.err().endsWith("请看：taizhang reconcile --help\n"), reconcile.err());
        assertTrue(cli.run("account").err().endsWith("see: taizhang account --help\n"));
        assertTrue(cli.run("--lang", "zh", "account", "key").err().endsWith("请看：taizhang account key --help\n"));
    }

    /** Closing a month has one name in Chinese (结账, as home and the report say), not three. */
    @Test
    void closingAMonthIsCalledOneThingInChinese() {
        for (taizhang.ui.Messages bundle : List.of(Wording.of(taizhang.domain.Language.ZH).messages(),
                taizhang.ui.Messages.of(taizhang.domain.Language.ZH),
                taizhang.ui.Messages.of("problems", taizhang.domain.Language.ZH))) {
            for (String key : bundle.keys()) {
                String text = bundle.bundle().getString(key);
                assertFalse(text.contains("封账") || text.contains("关账"), key + " = " + text);
            }
        }
        assertTrue(cli.run("--lang", "zh", "close", "--help").out().contains("已结账"));
        Cli.Result closed = cli.run("--lang", "zh", "close", "--period", "2026-10");
        assertTrue(closed.err().matches("2026-10 已于 \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC 由 tester 结账\n"), closed.err());
        Cli.Result again = cli.run("--lang", "zh", "close", "--period", "2026-10");
        assertTrue(again.err().matches("taizhang：2026-10 已于 \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC 由 tester 结账；要重新打开请用 --reopen --reason 原因\n"),
                again.err());
    }

    @Test
    void aNameTooLongForItsColumnInTheTextReportEndsInAnEllipsis() throws Exception {
        Path areas = Office.write(dir.resolve("more-areas.csv"), "code,name,parent_code\n"
                + "990101101203,一二三四五六七八九十村,990101101\n");
        assertEquals(0, cli.run("import", "areas", areas.toString()).code());
        Cli.Result r = cli.run("--lang", "zh", "report", "--period", "2026-10");
        assertEquals(0, r.code(), r.err());
        String row = r.out().lines().filter(l -> l.startsWith("990101101203")).findFirst().orElseThrow();
        assertTrue(row.startsWith("990101101203 一二三四… "), row);
        assertFalse(row.contains("五"), row);
    }
}
