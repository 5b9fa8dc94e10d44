package taizhang.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Accounts, roles, scopes, area levels and public key lines (SPEC 9), without a database. */
class AccountTest {

    @Test
    void eachRoleMayWhatTheSpecSays() {
        for (Role.Permission p : Role.Permission.values()) {
            assertTrue(Role.ADMIN.may(p), p.toString());
        }
        assertTrue(Role.STATISTICIAN.may(Role.Permission.CLOSE_MONTHS));
        assertTrue(Role.STATISTICIAN.may(Role.Permission.RESTORE));
        assertFalse(Role.STATISTICIAN.may(Role.Permission.ADMINISTER));
        assertTrue(Role.CLERK.may(Role.Permission.WRITE));
        assertFalse(Role.CLERK.may(Role.Permission.CLOSE_MONTHS));
        assertTrue(Role.VIEWER.may(Role.Permission.REPORT));
        assertFalse(Role.VIEWER.may(Role.Permission.WRITE));
        assertFalse(Role.VIEWER.may(Role.Permission.SEE_FULL_NUMBERS), "a viewer sees numbers masked");
    }

    @Test
    void aRoleIsWrittenByItsCodeAndReadByCodeOrChineseName() {
        assertEquals("statistician", Role.STATISTICIAN.code());
        assertEquals("统计员", Role.STATISTICIAN.label(Language.ZH));
        assertEquals("viewer", Role.VIEWER.label(Language.EN));
        assertSame(Role.CLERK, Role.parse(" Clerk "));
        assertSame(Role.ADMIN, Role.parse("管理员"));
        assertNull(Role.parse("boss"));
    }

    @Test
    void aScopeCoversEverythingUnderItsCodes() throws Exception {
        Scope township = Scope.parse("990101101");
        assertTrue(township.covers("990101101201"));
        assertTrue(township.covers("990101101"));
        assertFalse(township.covers("990101102201"));
        assertFalse(township.covers("990101"), "not the county above it");
        assertFalse(township.covers(null));
        assertFalse(township.everything());
        Scope two = Scope.parse("990101101201，990101102201; 990101103201");
        assertEquals(List.of("990101101201", "990101102201", "990101103201"), two.codes());
        assertEquals("990101101201;990101102201;990101103201", two.toString());
        assertSame(Scope.EVERYTHING, Scope.parse(" * "));
        assertTrue(Scope.EVERYTHING.everything());
        assertTrue(Scope.EVERYTHING.covers("990101101201"));
        assertEquals("*", Scope.EVERYTHING.toString());
        assertThrows(Scope.Invalid.class, () -> Scope.parse("9901011"));
        assertThrows(Scope.Invalid.class, () -> Scope.parse(" , "));
    }

    @Test
    void anAreasLevelIsToldByTheLengthOfItsCode() {
        assertSame(AreaLevel.COUNTY, AreaLevel.of("990101"));
        assertSame(AreaLevel.TOWNSHIP, AreaLevel.of("990101101"));
        assertSame(AreaLevel.VILLAGE, AreaLevel.of("990101101201"));
        assertNull(AreaLevel.of("9901011"));
        assertNull(AreaLevel.of("99010110120A"));
        assertNull(AreaLevel.of(null));
        assertNull(AreaLevel.COUNTY.parent());
        assertSame(AreaLevel.TOWNSHIP, AreaLevel.VILLAGE.parent());
        assertSame(AreaLevel.COUNTY, AreaLevel.TOWNSHIP.parent());
        assertSame(AreaLevel.TOWNSHIP, AreaLevel.COUNTY.child());
        assertSame(AreaLevel.VILLAGE, AreaLevel.TOWNSHIP.child());
        assertNull(AreaLevel.VILLAGE.child());
        assertTrue(AreaLevel.isVillage("990101101201"));
        assertFalse(AreaLevel.isVillage("990101101"));
        assertEquals("990101101", AreaLevel.TOWNSHIP.prefixOf("990101101201"));
        assertEquals(9, AreaLevel.TOWNSHIP.codeLength());
    }

    @Test
    void aLoginIsShortLowercaseAndPlain() {
        assertTrue(Account.validLogin("wang.fang_2-x"));
        assertTrue(Account.validLogin("a".repeat(32)));
        assertFalse(Account.validLogin("a".repeat(33)));
        assertFalse(Account.validLogin("Wang"));
        assertFalse(Account.validLogin(""));
        assertFalse(Account.validLogin(null));
        assertEquals("wang_fang", Account.loginFor("Wang Fang"));
        assertEquals("admin", Account.loginFor(""));
        assertEquals("x".repeat(32), Account.loginFor("X".repeat(40)));
        assertEquals("____", Account.loginFor("王芳 张"), "other characters as _");
    }

    @Test
    void theFileOwnerCountsAsAnAdminOfEverything() throws Exception {
        Account owner = Account.fileOwner("root");
        assertEquals("os:root", owner.login());
        assertTrue(owner.may(Role.Permission.BACKUP));
        assertTrue(owner.covers("990101101201"));
        Account clerk = new Account("li", "李", Role.CLERK, Scope.parse("990101101201"), null, false);
        assertTrue(clerk.covers("990101101201"));
        assertFalse(clerk.covers("990101101202"));
        assertFalse(clerk.may(Role.Permission.ADMINISTER));
    }

    /** Made with ssh-keygen -t ed25519; its fingerprint as `ssh-keygen -lf` printed it. */
    static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExmb9XDeZB6pD7OhKMdNh/5+zZGepJqkH/ZL7bNOmX3 clerk@office";

    @Test
    void aPublicKeyLineHasTheFingerprintOpenSshPrints() {
        PublicKeyLine key = PublicKeyLine.parse("  " + KEY + "\n");
        assertEquals("ssh-ed25519", key.type());
        assertEquals("clerk@office", key.comment());
        assertEquals("SHA256:XHlEo7bnCeKckOimAcnGsHjaeE/9AVyQYDa2y7Zxqz4", key.fingerprint());
        assertEquals(KEY, key.line());
        PublicKeyLine bare = PublicKeyLine.parse(KEY.substring(0, KEY.lastIndexOf(' ')));
        assertEquals("", bare.comment());
        assertEquals(KEY.substring(0, KEY.lastIndexOf(' ')), bare.line());
    }

    @Test
    void whatIsNotAPublicKeyLineIsRefused() {
        assertThrows(PublicKeyLine.Invalid.class, () -> PublicKeyLine.parse("ssh-dss AAAA"));
        assertThrows(PublicKeyLine.Invalid.class, () -> PublicKeyLine.parse("ssh-ed25519"));
        assertThrows(PublicKeyLine.Invalid.class, () -> PublicKeyLine.parse("ssh-ed25519 !!!not-base64"));
        assertThrows(PublicKeyLine.Invalid.class, () -> PublicKeyLine.parse(KEY.replace("ssh-ed25519", "ssh-rsa")),
                "an ed25519 key called an RSA key");
        assertThrows(PublicKeyLine.Invalid.class, () -> PublicKeyLine.parse("ssh-rsa AAAA"), "too short a blob");
        assertThrows(PublicKeyLine.Invalid.class, () -> PublicKeyLine.parse("ssh-rsa AAAAAA=="),
                "a type length of 0");
        assertThrows(PublicKeyLine.Invalid.class, () -> PublicKeyLine.parse("ssh-rsa AAAAgHNzaC1yc2E="),
                "a type length beyond the blob");
        assertThrows(PublicKeyLine.Invalid.class, () -> PublicKeyLine.parse("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5"),
                "the type and no key after it");
        assertThrows(PublicKeyLine.Invalid.class, () -> PublicKeyLine.parse("ssh-ed25519 AAAAC3NzaC1lZDI1NTE4AAAAAAAAAAA="),
                "another name of the same length");
        assertThrows(PublicKeyLine.Invalid.class, () -> PublicKeyLine.parse("ssh-ed25519 /////3NzaC1lZDI1NTE5AAAAAAAAAAA="),
                "a negative type length");
    }

    /** Keys made by ssh-keygen 9 and the fingerprints {@code ssh-keygen -lf} printed for them. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBNAK6CGZ+d1QsgOB7HtqKRtxJhyjZ7rfMgJGYKCqNiAbBZ44JpSrnUEndQB2gFWkLwhcA2AAUVDO8L3BBCWIGL4= kecdsab256"
            + "|SHA256:3o53DDpF8TiJm9+hQBKs3PPdMKb5yxDRh98v+kmj550",
        "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7k8eyc+IKM5mivtVwmob/gfyq1+lzgL1ThS9q+R33IA+u3vNCNbTW6SpwUY63k8WSRjg6s7WoRL8X/+pQYGjwA93PPq1cDjmAR+gIFXfyZGy57lKo75M0KoT9yFdUwMyT10LcRB0L/sM18ACNBFL6kvsYJTMfErLQE6rF4zz7PWznbLKF9BSEwmPP5PBaGyCMTK5jLFneEw0Qk1twa09gYv+t940e0AeNHn70PttlZEQWOEtNLVmL5wnOIewAcBLd+eGmBcw+5SUULWnCBiHd293pM8dPE4AXXOihnSJGaCSLLHzj+LaETT6oj8ytkFfbOtlNCsJ+vNv8kD2n1jIf krsab2048"
            + "|SHA256:vGu08+cyr4anNwnJC1rGA5LSd2jFvrwO1PsPQHUrrbM"})
    void keysOfOtherTypesHaveTheFingerprintsSshKeygenPrints(String line, String fingerprint) {
        PublicKeyLine key = PublicKeyLine.parse(line);
        assertEquals(line.substring(0, line.indexOf(' ')), key.type());
        assertEquals(fingerprint, key.fingerprint());
        assertEquals(line, key.line());
    }
}
