package taizhang.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** "Today" for every rule, default and screen: TAIZHANG_TODAY when set, else the system date. */
public final class Today {
    private Today() {
    }

    public static final String VARIABLE = "TAIZHANG_TODAY";

    public static LocalDate resolve(Map<String, String> environment, Clock clock) {
        String set = environment.get(VARIABLE);
        if (set != null && !set.isBlank()) {
            try {
                return LocalDate.parse(set.strip());
            } catch (DateTimeParseException e) {
                throw new Refusal(Problem.Code.TODAY_NOT_A_DATE, set);
            }
        }
        return LocalDate.now(clock);
    }
}
