package taizhang.cli;

import picocli.CommandLine;
import taizhang.domain.Register;

/** Reads a register name on the command line (persons, births, ...); anything else is a usage error. */
final class RegisterName implements CommandLine.ITypeConverter<Register> {
    /** The names, for the commands' help (an annotation needs them as a constant). */
    static final String NAMES =
            "areas, schemes, persons, births, deaths, marriages, migrations, benefits, visits, population";

    @Override
    public Register convert(String value) {
        Register r = Register.byName(value);
        if (r == null) {
            throw new CommandLine.TypeConversionException("unknown register '" + value + "'; registers are "
                    + String.join(", ", java.util.Arrays.stream(Register.values()).map(Register::fileName).toList()));
        }
        return r;
    }
}
