package dev.backease.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backease.account.AccountActions;
import dev.backease.account.PasswordPolicy;
import dev.backease.account.TestClock;
import dev.backease.cli.UsersCommand;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class UsersCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void users_add_creates_the_account_and_refuses_a_weak_password_or_taken_name_with_exit_2() {
        try (Database database = TestDatabases.open(TestDatabases.freshSqliteUrl())) {
            AccountActions actions = AccountActions.create(JdbiAccountStore.repositories(database),
                    new Argon2PasswordHasher(), PasswordPolicy.standard(), new TestClock("2026-11-20T10:00:00Z"));
            assertThat(run(actions, "lanterns drift over quiet harbours\n", "ana")).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"username\":\"ana\"");
            assertThat(run(actions, "password\n", "bob")).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("password: is one of the most common passwords");
            assertThat(run(actions, "another quiet harbour phrase\n", "ANA")).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("username: 'ANA' is taken");
            assertThat(run(actions, "", "carol")).isEqualTo(2);
        }
    }

    private int run(AccountActions actions, String stdin, String name) {
        UsersCommand command = new UsersCommand(java.util.Map.of(), config -> actions.signingUp(),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandLine(command).execute("add", name);
    }
}
