package taizhang.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import taizhang.domain.Problem;
import taizhang.domain.Refusal;

/**
 * The encoding of a CSV file: a UTF-8 byte-order mark first, then a strict UTF-8 decode of the
 * whole file, else a strict GB18030 decode (what Excel and WPS write on Chinese Windows; a
 * superset of GBK). Statistical guessers misname short Chinese files, so none is used. A file
 * with a NUL byte, or valid in neither encoding, is not text and is refused at once, so that
 * binary is never shown as Chinese-looking garbage. A UTF-8 file cut short in the middle of its
 * last character is still UTF-8 (reading says where it is cut), not GB18030.
 */
public final class Encoding {
    private Encoding() {
    }

    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The charset named on the command line: auto (null), utf-8, gb18030 or gbk. */
    public static Charset named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "auto" -> null;
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "gb18030", "gbk", "gb2312" -> GB18030;
            default -> throw new Refusal(Problem.Code.NOT_AN_ENCODING_NAME, name);
        };
    }

    /** How much of a file {@link #guess} reads: the header and the first few hundred rows. */
    static final int HEAD = 1 << 16;

    /**
     * Thrown while reading a file {@link #guess} took for UTF-8 on the word of its head, at the
     * first NUL or byte that is not UTF-8 further on: the file is then told by {@link #detect}
     * after all, and read again from the start in what that says (or refused).
     */
    static final class HeadWasWrong extends RuntimeException {
        HeadWasWrong() {
            super("the file is not UTF-8 after all", null, false, false);
        }
    }

    /**
     * The same rules as {@link #detect}, told from the head of a large file alone when it reads as
     * UTF-8 (or says so with a byte-order mark): {@code whole} is false then, and whoever reads the
     * rest must throw {@link HeadWasWrong} at the first NUL, and, unless the mark said UTF-8, at
     * the first byte that is not UTF-8. A large file is thus read once rather than twice (a
     * million persons' file was scanned whole before its first row was read: 0.6 s). A file whose
     * head is neither, or that is no larger than its head, is told as {@link #detect} tells it.
     */
    record Guess(Charset charset, boolean bom, boolean whole) {
    }

    static Guess guess(Path file) throws IOException {
        Utf8Scan head;
        try (InputStream in = Files.newInputStream(file)) {
            head = Utf8Scan.of(new java.io.ByteArrayInputStream(in.readNBytes(HEAD)));
        }
        if (head.nulLine == 0 && (head.badLine == 0 || head.bom) && Files.size(file) > HEAD) {
            return new Guess(StandardCharsets.UTF_8, head.bom, false);
        }
        return new Guess(detect(file), head.bom, true);
    }

    /** The file's encoding; a {@link Refusal} when the file is not text. */
    public static Charset detect(Path file) throws IOException {
        Utf8Scan scan;
        try (InputStream in = Files.newInputStream(file)) {
            scan = Utf8Scan.of(in);
        }
        if (scan.nulLine > 0) {
            throw new Refusal(Problem.Code.NOT_TEXT, scan.nulLine);
        }
        if (scan.badLine == 0 || scan.bom) {
            // With a byte-order mark the file says it is UTF-8: bytes that are not are shown where they are.
            return StandardCharsets.UTF_8;
        }
        int gbBad;
        try (InputStream in = Files.newInputStream(file)) {
            gbBad = firstBadLine(in, GB18030);
        }
        if (gbBad == 0) {
            return GB18030;
        }
        throw new Refusal(Problem.Code.NOT_AN_ENCODING, scan.badLine);
    }

    /**
     * One pass over the bytes: the line of the first NUL, and of the first byte that is not
     * well-formed UTF-8 (RFC 3629: no overlongs, surrogates or values past U+10FFFF). A sequence
     * left unfinished at the very end of the file does not count as bad: the file was cut short.
     */
    private static final class Utf8Scan {
        int nulLine;
        int badLine;
        boolean bom;

        static Utf8Scan of(InputStream in) throws IOException {
            Utf8Scan s = new Utf8Scan();
            byte[] buf = new byte[1 << 16];
            int first = in.readNBytes(buf, 0, 3);
            s.bom = first == 3 && buf[0] == BOM[0] && buf[1] == BOM[1] && buf[2] == BOM[2];
            if (!s.bom && first > 0) {
                // Not a mark: scan these bytes as the start of the file.
                byte[] head = java.util.Arrays.copyOf(buf, first);
                in = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in);
            }
            int line = 1;
            int need = 0;
            int lower = 0x80;
            int upper = 0xBF;
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    int b = buf[i] & 0xFF;
                    if (b == '\n') {
                        line++;
                    } else if (b == 0 && s.nulLine == 0) {
                        s.nulLine = line;
                        return s;
                    }
                    if (s.badLine > 0) {
                        continue;
                    }
                    if (need == 0) {
                        if (b < 0x80) {
                            continue;
                        }
                        lower = 0x80;
                        upper = 0xBF;
                        if (b >= 0xC2 && b <= 0xDF) {
                            need = 1;
                        } else if (b >= 0xE0 && b <= 0xEF) {
                            need = 2;
                            lower = b == 0xE0 ? 0xA0 : 0x80;
                            upper = b == 0xED ? 0x9F : 0xBF;
                        } else if (b >= 0xF0 && b <= 0xF4) {
                            need = 3;
                            lower = b == 0xF0 ? 0x90 : 0x80;
                            upper = b == 0xF4 ? 0x8F : 0xBF;
                        } else {
                            s.badLine = line;
                        }
                    } else if (b < lower || b > upper) {
                        s.badLine = line;
                    } else {
                        lower = 0x80;
                        upper = 0xBF;
                        need--;
                    }
                }
            }
            return s;
        }
    }

    /** The line of the first bytes that are not valid in {@code charset}, or 0 when all are. */
    static int firstBadLine(InputStream in, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        int line = 1;
        boolean end = false;
        while (!end) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            end = n < 0;
            if (n > 0) {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
            CoderResult r = decoder.decode(bytes, chars, end);
            line += newlines(chars);
            if (r.isError()) {
                return line;
            }
            bytes.compact();
        }
        CoderResult r = decoder.flush(chars);
        return r.isError() ? line : 0;
    }

    private static int newlines(CharBuffer chars) {
        chars.flip();
        int n = 0;
        while (chars.hasRemaining()) {
            if (chars.get() == '\n') {
                n++;
            }
        }
        chars.clear();
        return n;
    }

    /** Skips a UTF-8 byte-order mark at the start of the stream, if there is one. */
    public static InputStream withoutBom(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (!(head.length == 3 && head[0] == BOM[0] && head[1] == BOM[1] && head[2] == BOM[2])) {
            in.reset();
        }
        return in;
    }
}
