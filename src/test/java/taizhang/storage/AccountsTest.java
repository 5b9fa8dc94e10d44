package taizhang.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Account;
import taizhang.domain.Role;
import taizhang.domain.Scope;
import taizhang.testing.Office;

class AccountsTest {
    @TempDir
    Path dir;

    private Database db;
    private MovableClock clock;
    private Accounts accounts;

    /** A clock the test moves, for the fifteen minutes of a lockout. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-20T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void office() throws Exception {
        Office.create(dir);
        db = Database.open(dir.resolve("office.db"));
        db.actAs(new Accounts(db).forOsUser(taizhang.testing.Cli.OS_USER));
        clock = new MovableClock();
        accounts = new Accounts(db, clock);
        accounts.add(clerk("li", Office.V1), "correct horse");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Account clerk(String login, String village) {
        return new Account(login, "李", Role.CLERK, new Scope(List.of(village)), null, false);
    }

    private String hashOf(String login) {
        return db.handle().createQuery("SELECT password_hash FROM account WHERE login = ?").bind(0, login)
                .mapTo(String.class).one();
    }

    private List<String> actions() {
        List<String> out = new ArrayList<>();
        new Audit(db).list(Audit.Filter.ALL, e -> out.add(e.action() + " " + e.login()));
        return out;
    }

    @Test
    void passwordsAreStoredAsArgon2idOfAtLeastNineteenMebibytesAndTwoIterations() {
        String hash = hashOf("li");
        Matcher m = Pattern.compile("\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$.+\\$.+").matcher(hash);
        assertTrue(m.matches(), hash);
        assertTrue(Integer.parseInt(m.group(1)) >= 19 * 1024, hash);
        assertTrue(Integer.parseInt(m.group(2)) >= 2, hash);
        assertFalse(hash.contains("correct horse"));
    }

    @Test
    void theRightPasswordSignsInAndAWrongOneDoesNot() {
        Accounts.Attempt ok = accounts.signIn("li", "correct horse", "test");
        assertTrue(ok.ok());
        assertEquals("li", ok.account().login());
        assertEquals(Accounts.Outcome.WRONG, accounts.signIn("li", "correct horsE", "test").outcome());
        assertEquals(Accounts.Outcome.WRONG, accounts.signIn("nobody", "correct horse", "test").outcome());
        List<String> actions = actions();
        assertTrue(actions.contains("login li"), actions.toString());
        assertTrue(actions.contains("login.failed li"), actions.toString());
        assertTrue(actions.contains("login.failed nobody"), actions.toString());
    }

    @Test
    void aRehearsedSignInKeepsNothingNeitherInTheAuditTrailNorTowardTheLockout() {
        List<String> before = actions();
        for (int i = 0; i < 6; i++) {   // six wrong passwords, had they counted, would lock li
            accounts.rehearseSignIns("li", "SHA256:x", "ssh 127.0.0.1");
            accounts.rehearseSignIns("nobody", "SHA256:x", "ssh 127.0.0.1");
        }
        assertEquals(before, actions());
        assertTrue(new Audit(db).verify().intact());
        assertTrue(accounts.signIn("li", "correct horse", "test").ok(), "not locked, no failure counted");
    }

    @Test
    void fiveFailuresInARowLockTheAccountForFifteenMinutesEvenAgainstTheRightPassword() {
        for (int i = 1; i <= 4; i++) {
            assertEquals(Accounts.Outcome.WRONG, accounts.signIn("li", "wrong " + i, "test").outcome());
        }
        assertEquals(Accounts.Outcome.LOCKED, accounts.signIn("li", "wrong 5", "test").outcome());
        assertTrue(actions().contains("login.locked li"));
        assertEquals(Accounts.Outcome.LOCKED, accounts.signIn("li", "correct horse", "test").outcome());
        assertEquals(Accounts.Outcome.LOCKED, accounts.signInByKey("li", "SHA256:x", "ssh").outcome());
        Account li = accounts.find("li");
        assertThrows(Accounts.Refused.class, () -> accounts.usable(li), "no route while locked");
        clock.now = clock.now.plus(Duration.ofMinutes(14));
        assertEquals(Accounts.Outcome.LOCKED, accounts.signIn("li", "correct horse", "test").outcome());
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertTrue(accounts.signIn("li", "correct horse", "test").ok(), "the lockout ends after 15 minutes");
    }

    @Test
    void aSuccessBetweenFailuresStartsTheCountAgain() {
        for (int i = 0; i < 4; i++) {
            accounts.signIn("li", "wrong", "test");
        }
        assertTrue(accounts.signIn("li", "correct horse", "test").ok());
        for (int i = 0; i < 4; i++) {
            assertEquals(Accounts.Outcome.WRONG, accounts.signIn("li", "wrong", "test").outcome());
        }
    }

    @Test
    void aDisabledAccountCannotSignInByAnyRoute() {
        Account li = accounts.find("li");
        accounts.set(new Account("li", li.name(), li.role(), li.scope(), "li-os", true));
        assertEquals(Accounts.Outcome.DISABLED, accounts.signIn("li", "correct horse", "test").outcome());
        assertEquals(Accounts.Outcome.DISABLED, accounts.signInByKey("li", "SHA256:x", "ssh").outcome());
        assertThrows(Accounts.Refused.class, () -> accounts.whoIs("li-os", true), "nor as its OS user");
    }

    @Test
    void aShortPasswordIsRefusedAndNothingChanges() {
        int before = actions().size();
        Accounts.Refused e = assertThrows(Accounts.Refused.class, () -> accounts.password("li", "short"));
        assertTrue(e.getMessage().contains("8"), e.getMessage());
        assertEquals(before, actions().size());
        assertTrue(accounts.signIn("li", "correct horse", "test").ok());
    }

    @Test
    void onlyAnAdminChangesAccounts() {
        Account li = accounts.find("li");
        db.close();
        db = Database.open(dir.resolve("office.db"));
        db.actAs(li);
        Accounts asClerk = new Accounts(db, clock);
        int before = new Accounts(db).all().size();
        Accounts.Refused e = assertThrows(Accounts.Refused.class,
                () -> asClerk.add(clerk("wang", Office.V2), "another password"));
        assertEquals(taizhang.domain.Problem.Code.NOT_PERMITTED, e.problem().code());
        assertEquals(java.util.List.of("li", taizhang.domain.Role.CLERK, taizhang.domain.Role.Permission.ADMINISTER),
                e.problem().args(), "who, as what, may not do what");
        assertEquals(before, asClerk.all().size());
    }

    @Test
    void aScopeMustNameAreasOfTheRegisterAndALoginItsCharacters() {
        assertThrows(Accounts.Refused.class, () -> accounts.add(clerk("zhao", "990101101299"), null));
        assertThrows(Accounts.Refused.class, () -> accounts.add(clerk("Zhao Wei", Office.V1), null));
        assertThrows(Accounts.Refused.class, () -> accounts.add(clerk("li", Office.V1), null), "exists");
        assertNull(accounts.find("zhao"));
    }

    @Test
    void aKeyIsStoredWithItsOpenSshFingerprintAndNeverTwice() {
        // Made by ssh-keygen -t ed25519; `ssh-keygen -l -f` printed the fingerprint below.
        String line = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMLxSPkFvRzG3zPHNYSY9X3E/zXEdfhYYwi7CUwC9Bha li@office";
        String fingerprint = accounts.addKey("li", line);
        assertEquals("SHA256:eFFVZrkdhf6L2nkC0Wi848fBGC3nyGYursUNp0G8uTk", fingerprint);
        assertEquals(List.of(fingerprint), accounts.fingerprints("li"));
        assertThrows(Accounts.Refused.class, () -> accounts.addKey("li", line));
        assertThrows(Accounts.Refused.class, () -> accounts.addKey("li", "ssh-ed25519 not-base64!"));
        assertThrows(Accounts.Refused.class,
                () -> accounts.addKey("li", "ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIMLxSPkFvRzG3zPHNYSY9X3E/zXEdfhYYwi7CUwC9Bha"),
                "the blob says ed25519, the line says rsa");
        accounts.removeKey("li", fingerprint);
        assertTrue(accounts.keys("li").isEmpty());
    }

    @Test
    void theOsUsersAccountIsWhoWorksAndTheFilesOwnerCountsOnTheCommandLineOnly() {
        Account li = accounts.find("li");
        accounts.set(new Account("li", li.name(), li.role(), li.scope(), "li-os", false));
        assertEquals("li", accounts.whoIs("li-os", true).login());
        assertNull(accounts.whoIs("stranger", true), "not the file's owner, no account");
        String owner = Accounts.owner(db.file());
        assertNotNull(owner);
        assertEquals("os:" + owner, accounts.whoIs(owner, true).login());
        assertEquals(Role.ADMIN, accounts.whoIs(owner, true).role());
        assertNull(accounts.whoIs(owner, false), "the screens ask the owner to sign in");
    }

    @Test
    void theFilesOwnerWhoseOwnAccountIsDisabledStillRecoversOnTheCommandLineAsTheOwner() {
        String owner = Accounts.owner(db.file());
        assertNotNull(owner);
        Account li = accounts.find("li");
        accounts.set(new Account("li", li.name(), li.role(), li.scope(), owner, true));
        Account working = accounts.whoIs(owner, true);
        assertEquals("os:" + owner, working.login(), "not shut out of their own file: they could edit it anyway");
        assertEquals(Role.ADMIN, working.role());
        assertThrows(Accounts.Refused.class, () -> accounts.whoIs(owner, false),
                "the screens still refuse the disabled account");
        accounts.add(new Account("wu", "吴", Role.CLERK, new Scope(List.of(Office.V1)), "wu-os", true), null);
        assertThrows(Accounts.Refused.class, () -> accounts.whoIs("wu-os", true),
                "another OS user's disabled account is refused on the command line too");
    }
}
