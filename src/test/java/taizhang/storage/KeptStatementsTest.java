package taizhang.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Facts;
import taizhang.testing.Office;

/**
 * Facts that keep their statements (an import's) answer as facts that prepare each question
 * anew, whatever was written between two questions, and prepare again after being closed.
 */
class KeptStatementsTest {
    @TempDir
    Path dir;

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final String ID = "990101199003041230";

    @Test
    void keptStatementsSeeWhatWasWrittenSinceTheyWerePrepared() throws Exception {
        Office.create(dir);
        try (Database db = taizhang.testing.Admin.signIn(Database.open(dir.resolve("office.db")));
             StoredFacts kept = StoredFacts.keeping(db, TODAY)) {
            StoredFacts anew = new StoredFacts(db, TODAY);
            for (StoredFacts facts : java.util.List.of(kept, anew)) {
                assertFalse(facts.livingPersonHas(ID));
                assertNull(facts.person(ID));
            }
            db.execute("INSERT INTO person (id_number, name, sex, birth_date, area_code, residence, created_at, updated_at)"
                    + " VALUES ('" + ID + "', '欧阳明月', 'M', '1990-03-04', '" + Office.V1 + "', 'resident', 'x', 'x')");
            for (StoredFacts facts : java.util.List.of(kept, anew)) {
                assertTrue(facts.livingPersonHas(ID));
                assertEquals(new Facts.PersonState(null), facts.person(ID));
            }
            db.execute("UPDATE person SET died_on = '2026-11-01' WHERE id_number = '" + ID + "'");
            for (StoredFacts facts : java.util.List.of(kept, anew)) {
                assertFalse(facts.livingPersonHas(ID));
                assertEquals(new Facts.PersonState(LocalDate.of(2026, 11, 1)), facts.person(ID));
                assertEquals(Office.COUNTY, facts.rootCode());
            }
            kept.close();
            assertEquals(new Facts.PersonState(LocalDate.of(2026, 11, 1)), kept.person(ID), "closed, then asked again");
        }
    }
}
