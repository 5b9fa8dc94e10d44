package taizhang.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import taizhang.domain.Refusal;

/**
 * Options whose value must be one of a few names (each with the spellings it also takes), read
 * as picocli reads an unknown {@code --format}: a name it does not know is a usage error (exit 2,
 * SPEC 7), told before the command starts.
 */
final class Checked {
    private Checked() {
    }

    /** A name checked by the rule that reads it: a name the rule refuses is picocli's bad value. */
    private abstract static class Name implements ITypeConverter<String> {
        abstract void check(String value);

        @Override
        public String convert(String value) {
            try {
                check(value);
            } catch (Refusal e) {
                throw new TypeConversionException(value);
            }
            return value;
        }
    }

    /** {@code --lang}: zh or en (also zh_CN, chinese, 中文, english, in any case). */
    static final class LanguageName extends Name {
        @Override
        void check(String value) {
            taizhang.domain.Language.parse(value);
        }
    }

    /** {@code --encoding}: auto, utf-8 or gb18030 (also utf8, gbk, gb2312, in any case). */
    static final class EncodingName extends Name {
        @Override
        void check(String value) {
            taizhang.io.Encoding.named(value);
        }
    }
}
