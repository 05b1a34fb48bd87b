package dev.backease.cli;

import dev.backease.Config;
import dev.backease.json.DocumentWriter;
import dev.backease.json.IntakeReader;
import dev.backease.json.Json;
import dev.backease.screening.Intake;
import dev.backease.screening.Screening;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "screen", mixinStandardHelpOptions = true,
        description = "Screen an intake: may massage happen now, how gently, and should a professional see the back? "
                + "Prints a ScreeningResult as JSON.")
public final class ScreenCommand implements Callable<Integer> {
    private final Map<String, String> env;
    private final Terminal terminal;
    private final Function<Config, Screening> screenings;

    @Parameters(index = "0", paramLabel = "FILE", description = "Intake JSON file, or - for stdin")
    String file;

    @Mixin
    ConfigOptions.Emergency emergency;

    public ScreenCommand(Map<String, String> env, Terminal terminal, Function<Config, Screening> screenings) {
        this.env = env;
        this.terminal = terminal;
        this.screenings = screenings;
    }

    @Override
    public Integer call() {
        Config config = ConfigOptions.resolve(env, emergency);
        Intake intake = new InputFile(file, terminal.in()).read(IntakeReader::read);
        terminal.out().println(Json.pretty(DocumentWriter.screeningResult(screenings.apply(config).screen(intake))));
        return ExitCode.DONE;
    }
}
