package taizhang.reconcile;

import java.time.LocalDate;
import taizhang.domain.Entry;
import taizhang.domain.Register;

/** A birth in the register, with what the matching compares. */
public record RegisteredBirth(long id, String certificateNo, String childName, String childSex, LocalDate birthDate,
                              String motherName, String motherIdNumber, String areaCode) {

    public static RegisteredBirth of(long id, Entry birth) {
        if (birth.register() != Register.BIRTHS) {
            throw new IllegalArgumentException("not a birth: " + birth);
        }
        return new RegisteredBirth(id, birth.text("certificate_no"), birth.text("child_name"),
                birth.text("child_sex"), birth.date("birth_date"), birth.text("mother_name"),
                birth.text("mother_id_number"), birth.text("area_code"));
    }
}
