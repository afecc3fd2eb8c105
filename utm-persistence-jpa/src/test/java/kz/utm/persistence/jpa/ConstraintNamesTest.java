package kz.utm.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kz.utm.core.common.ConflictException;
import kz.utm.core.contract.Rows;
import kz.utm.core.user.User;
import kz.utm.core.user.Users;

/**
 * A duplicate is named by the constraint the database reports, never by the row's values, which
 * the databases print in their messages too.
 */
class ConstraintNamesTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTakenValueThatSpellsAnotherConstraintsNameIsStillNamedByItsOwnConstraint(TestDatabase database) {
        Users users = database.cleanStorage().users();
        String email = "uq_users_iin.pk_users@uq-users-phone-number.kz";
        users.insert(Rows.soloPilot(users.nextId(), email, Optional.empty(), Optional.of("900101300123")));
        User again = Rows.soloPilot(users.nextId(), email, Optional.of("+77010000001"), Optional.empty());

        assertThatThrownBy(() -> users.insert(again))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ConflictException.Kind.DUPLICATE);
                    assertThat(e.field()).contains("email");
                });
    }
}
