package taizhang.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamedSqlTest {

    @Test
    void eachNamedParameterBecomesAQuestionMarkInOrder() {
        NamedSql n = NamedSql.parse("SELECT * FROM birth WHERE birth_date BETWEEN :start AND :end AND x = :start");
        assertEquals("SELECT * FROM birth WHERE birth_date BETWEEN ? AND ? AND x = ?", n.sql());
        assertEquals(List.of("start", "end", "start"), n.names());
    }

    @Test
    void aColonInAStringAQuotedNameOrACommentIsNoParameter() {
        NamedSql n = NamedSql.parse("SELECT ':no', \"a:b\" FROM t -- :nor this\nWHERE c = :yes AND d = 'it''s :not'");
        assertEquals("SELECT ':no', \"a:b\" FROM t -- :nor this\nWHERE c = ? AND d = 'it''s :not'", n.sql());
        assertEquals(List.of("yes"), n.names());
    }

    @Test
    void namesHoldLettersDigitsAndUnderscores() {
        NamedSql n = NamedSql.parse("x=:born_from_1,y=:a2;z=: w");
        assertEquals("x=?,y=?;z=: w", n.sql());
        assertEquals(List.of("born_from_1", "a2"), n.names());
    }

    @Test
    void renamingKeepsTheRestAsItWas() {
        assertEquals("a BETWEEN :start_2 AND :end_2 AND s = ':start'",
                NamedSql.rename("a BETWEEN :start AND :end AND s = ':start'", name -> name + "_2"));
    }

    @Test
    void anUnclosedQuoteRunsToTheEnd() {
        assertEquals(List.of(), NamedSql.parse("SELECT ':x").names());
        assertEquals(List.of(), NamedSql.parse("SELECT 1 -- :x").names());
    }
}
