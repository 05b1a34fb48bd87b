package dev.backease.cli;

import dev.backease.Config;
import dev.backease.account.FieldProblem;
import dev.backease.account.SigningUp;
import dev.backease.store.DatabaseUnavailableException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * `users add NAME`: creates an account; the password is the first line of standard input (so it
 * never shows in the process list or shell history). Exit 2 for a weak password or a taken name.
 */
@Command(name = "users", description = "Manage accounts.", mixinStandardHelpOptions = true)
public final class UsersCommand {
    private final Map<String, String> env;
    private final Function<Config, SigningUp> signingUp;
    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;

    public UsersCommand(Map<String, String> env, Function<Config, SigningUp> signingUp, InputStream stdin,
            PrintStream stdout, PrintStream stderr) {
        this.env = env;
        this.signingUp = signingUp;
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Command(name = "add", description = "Create an account; reads the password from standard input.")
    int add(@Mixin ConfigOptions.Storage storage,
            @Parameters(paramLabel = "NAME", description = "the username") String name) {
        String password;
        try {
            password = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            stderr.println("users add: cannot read the password from standard input: " + e.getMessage());
            return 1;
        }
        if (password == null) {
            stderr.println("users add: password: is required (give it as the first line of standard input)");
            return 2;
        }
        try {
            return report(name, signingUp.apply(ConfigOptions.resolve(env, storage)).signUp(name, password, "cli"));
        } catch (DatabaseUnavailableException e) {
            stderr.println("users add: " + e.getMessage());
            return 1;
        }
    }

    private int report(String name, SigningUp.Result result) {
        if (result instanceof SigningUp.SignedUp signedUp) {
            stdout.println("{\"username\":\"" + signedUp.account().username().value()
                    + "\",\"id\":\"" + signedUp.account().id().value() + "\"}");
            return 0;
        }
        if (result instanceof SigningUp.Invalid invalid) {
            stderr.println("users add: " + invalid.problems().stream()
                    .map(UsersCommand::describe).collect(Collectors.joining("; ")));
            return 2;
        }
        stderr.println("users add: username: '" + name.strip() + "' is taken; choose another");
        return 2;
    }

    private static String describe(FieldProblem problem) {
        return problem.field() + ": " + problem.problem();
    }
}
