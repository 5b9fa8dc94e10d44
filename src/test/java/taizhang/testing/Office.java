package taizhang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small office for tests: one county, two townships, three villages, on a real SQLite file. */
public final class Office {
    public static final String COUNTY = "990101";
    public static final String EAST = "990101101";
    public static final String WEST = "990101102";
    public static final String V1 = "990101101201";
    public static final String V2 = "990101101202";
    public static final String V3 = "990101102201";

    public static final String AREAS = """
            code,name,parent_code
            990101,示范县,
            990101101,东镇,990101
            990101102,西乡,990101
            990101101201,一村,990101101
            990101101202,二村,990101101
            990101102201,三村,990101102
            """;

    private Office() {
    }

    public static Cli create(Path dir) throws IOException {
        Cli cli = new Cli(dir.resolve("office.db"));
        assertEquals(0, cli.run("init").code());
        Path areas = write(dir.resolve("areas.csv"), AREAS);
        Cli.Result r = cli.run("import", "areas", areas.toString());
        assertEquals(0, r.code(), r.err());
        return cli;
    }

    public static Path write(Path file, String content) throws IOException {
        return write(file, content, StandardCharsets.UTF_8);
    }

    public static Path write(Path file, String content, Charset charset) throws IOException {
        Files.write(file, content.getBytes(charset));
        return file;
    }
}
