package taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Entry;
import taizhang.domain.Language;
import taizhang.domain.Register;
import taizhang.storage.Database;
import taizhang.storage.RegisterStore;

/** Home's figures shared by a server's sessions: read once, read again when someone saved. */
class SharedHomeTest {
    @TempDir
    Path dir;

    @Test
    void sharedUntilAnotherConnectionSavesOrTheDayChanges() throws Exception {
        try (Database db = Fixture.create(dir, 0); SharedHome home = new SharedHome(db.file())) {
            HomeView.Figures first = home.figures(Fixture.TODAY);
            assertSame(first, home.figures(Fixture.TODAY), "nothing saved: the same figures, not read again");
            assertEquals(4L, first.counts().get(Register.AREAS));   // county, township, two villages

            RegisterStore store = new RegisterStore(db);
            db.write(h -> {
                try (RegisterStore.Inserter areas = store.inserter(Register.AREAS, "clerk")) {
                    areas.insert(new Entry(Register.AREAS, new Object[] {"990101101203", "新村", "990101101"}));
                }
                return null;
            });
            HomeView.Figures after = home.figures(Fixture.TODAY);
            assertEquals(5L, after.counts().get(Register.AREAS), "a session's save is in the next login's home");
            assertNotSame(after, home.figures(Fixture.TODAY.plusDays(1)), "another day: read again");

            HomeView.Slow slow = home.slow(Fixture.TODAY, Language.ZH);
            assertSame(slow, home.slow(Fixture.TODAY, Language.ZH));
            assertNotSame(slow, home.slow(Fixture.TODAY, Language.EN), "labels in the other language");
        }
    }
}
