package dev.backease.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.account.AccountActions;
import dev.backease.account.LocalAccount;
import dev.backease.account.PasswordPolicy;
import dev.backease.account.SigningUp;
import dev.backease.account.TestClock;

class LocalAccountTest {
    private static final String PASSWORD = "lanterns drift over quiet harbours";
    private final TestClock clock = new TestClock("2026-11-20T10:00:00Z");

    @OnBothDatabases
    void the_command_line_account_is_created_once_and_reused(Database database) {
        AccountActions actions = AccountActions.create(JdbiAccountStore.repositories(database),
                new Argon2PasswordHasher(), PasswordPolicy.standard(), clock);
        LocalAccount local = new LocalAccount(actions.accounts(), new Argon2PasswordHasher(), clock);

        assertThat(local.id()).isEqualTo(LocalAccount.ID);
        assertThat(new LocalAccount(actions.accounts(), new Argon2PasswordHasher(), clock).id()).isEqualTo(LocalAccount.ID);
    }

    @OnBothDatabases
    void nobody_can_sign_up_as_the_command_line_account_and_read_its_data(Database database) {
        AccountActions actions = AccountActions.create(JdbiAccountStore.repositories(database),
                new Argon2PasswordHasher(), PasswordPolicy.standard(), clock);

        SigningUp.Result result = actions.signingUp().signUp("local", PASSWORD, "10.0.0.1");

        assertThat(result).isInstanceOf(SigningUp.Invalid.class);
        assertThat(((SigningUp.Invalid) result).problems().get(0).field()).isEqualTo("username");
        assertThat(new LocalAccount(actions.accounts(), new Argon2PasswordHasher(), clock).id())
                .isEqualTo(LocalAccount.ID);
    }
}
