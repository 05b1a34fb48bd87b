package dev.backease.cli;

import dev.backease.ConfigException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The {@code backease} command line. Subcommands are picocli command objects handed in by the
 * composition root, so a feature adds its command there without touching this class.
 */
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {}

    /** Runs one command line and returns its exit code (0 done, 2 bad input, 1 anything else). */
    public static int run(String[] args, Terminal terminal, List<Object> subcommands) {
        CommandLine cli = new CommandLine(new BackEaseCommand());
        needed(args, subcommands).forEach(cli::addSubcommand);
        cli.setOut(new PrintWriter(terminal.out(), true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(terminal.err(), true, StandardCharsets.UTF_8));
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> failed(e, commandLine));
        cli.setParameterExceptionHandler(Cli::badArguments);
        return cli.execute(args);
    }

    /**
     * Only the named subcommand when the line starts with one: picocli reads every option of every
     * command it is given by reflection, a tenth of a second that {@code serve} and each one-shot
     * command would otherwise pay at start. Anything else (help, a typo, no command) gets them all,
     * so the usage message and suggestions list every command.
     */
    static List<Object> needed(String[] args, List<Object> subcommands) {
        if (args.length == 0) {
            return subcommands;
        }
        for (Object subcommand : subcommands) {
            CommandLine.Command command = subcommand.getClass().getAnnotation(CommandLine.Command.class);
            if (command != null && command.name().equals(args[0])) {
                return List.of(subcommand);
            }
        }
        return subcommands;
    }

    private static int failed(Exception e, CommandLine commandLine) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof BadInputException || e instanceof ConfigException) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        LOG.debug("command failed", e);
        err.println("backease: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        return ExitCode.FAILED;
    }

    private static int badArguments(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println(e.getMessage());
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
        return ExitCode.BAD_INPUT;
    }
}
