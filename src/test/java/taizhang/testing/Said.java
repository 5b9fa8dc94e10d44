package taizhang.testing;

import taizhang.domain.Language;
import taizhang.domain.Refusal;
import taizhang.ui.ProblemText;

/** A refusal as a clerk reads it in English: what the storage and import tests compare. */
public final class Said {
    private Said() {
    }

    public static String en(Refusal r) {
        return ProblemText.of(Language.EN).message(r.problem());
    }
}
