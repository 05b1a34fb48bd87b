package dev.backease.cli;

import dev.backease.Config;
import dev.backease.json.DocumentWriter;
import dev.backease.json.IntakeReader;
import dev.backease.json.Json;
import dev.backease.planning.Planner;
import dev.backease.screening.Intake;
import dev.backease.screening.Screening;
import dev.backease.screening.ScreeningResult;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Screen an intake and plan a session that respects the screening. Prints a Plan as JSON.")
public final class PlanCommand implements Callable<Integer> {
    private final Map<String, String> env;
    private final Terminal terminal;
    private final Function<Config, Screening> screenings;
    private final Supplier<Planner> planner;

    @Parameters(index = "0", paramLabel = "FILE", description = "Intake JSON file, or - for stdin")
    String file;

    @Mixin
    ConfigOptions.Emergency emergency;

    public PlanCommand(Map<String, String> env, Terminal terminal, Function<Config, Screening> screenings,
            Supplier<Planner> planner) {
        this.env = env;
        this.terminal = terminal;
        this.screenings = screenings;
        this.planner = planner;
    }

    @Override
    public Integer call() {
        Config config = ConfigOptions.resolve(env, emergency);
        Intake intake = new InputFile(file, terminal.in()).read(IntakeReader::read);
        ScreeningResult result = screenings.apply(config).screen(intake);
        terminal.out().println(Json.pretty(DocumentWriter.plan(planner.get().plan(intake, result))));
        return ExitCode.DONE;
    }
}
