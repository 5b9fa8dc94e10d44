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

    /** {@code --lang}: zh or en (also zh_CN, chinese, 中文, english, in any case). */
    static final class LanguageName implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                taizhang.domain.Language.parse(value);
            } catch (Refusal e) {
                throw new TypeConversionException(value);
            }
            return value;
        }
    }

    /** {@code --encoding}: auto, utf-8 or gb18030 (also utf8, gbk, gb2312, in any case). */
    static final class EncodingName implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                taizhang.io.Encoding.named(value);
            } catch (Refusal e) {
                throw new TypeConversionException(value);
            }
            return value;
        }
    }
}
