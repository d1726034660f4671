package mx.costjalisco.gms.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void asksForLengthNotForSymbols() {
        assertEquals(Optional.empty(), PasswordPolicy.violation("una frase larga", "a@b.mx"));
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.violation("Corta#1", "a@b.mx"));
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.violation(null, "a@b.mx"));
        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.violation("x".repeat(60) + "y".repeat(69), null));
    }

    @Test
    void refusesTheObviousOnes() {
        assertEquals(Optional.of("password.repeated"), PasswordPolicy.violation("aaaaaaaaaaaa", "a@b.mx"));
        assertEquals(
                Optional.of("password.isEmail"),
                PasswordPolicy.violation("Secretaria@Demo.example", "secretaria@demo.example"));
    }
}
