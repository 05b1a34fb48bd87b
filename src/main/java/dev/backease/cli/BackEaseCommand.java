package dev.backease.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "backease", mixinStandardHelpOptions = true, versionProvider = Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Guided, safety-first massage for lower-back tension. BackEase does not replace a clinician.",
            "",
            "Exit codes: 0 done, 2 bad input (the message names the file, field and problem), 1 anything else."
        })
final class BackEaseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** No command given: show what there is, and treat it as a usage mistake. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.BAD_INPUT;
    }
}
