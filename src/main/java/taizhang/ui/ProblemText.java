package taizhang.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import taizhang.domain.Language;

/**
 * The rules' messages (English, from the domain, shared with import) in the screens' language:
 * the Chinese ones come from {@code problems_zh.txt}, one pattern per message.
 */
final class ProblemText {
    private ProblemText() {
    }

    private record Line(Pattern english, String chinese) {
    }

    private static volatile List<Line> chinese;

    static String of(String message, Language language) {
        if (language != Language.ZH || message == null) {
            return message;
        }
        for (Line l : lines()) {
            Matcher m = l.english().matcher(message);
            if (m.matches()) {
                return m.replaceAll(l.chinese());
            }
        }
        return message;
    }

    private static List<Line> lines() {
        List<Line> read = chinese;
        if (read != null) {
            return read;
        }
        List<Line> out = new ArrayList<>();
        try (InputStream in = ProblemText.class.getResourceAsStream("problems_zh.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) {
                    continue;
                }
                out.add(new Line(Pattern.compile(line.substring(0, tab)), line.substring(tab + 1)));
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read problems_zh.txt", e);
        }
        chinese = List.copyOf(out);
        return chinese;
    }
}
