package dev.backease.cli;

import dev.backease.Config;
import dev.backease.account.AccountId;
import dev.backease.account.AuditAction;
import dev.backease.account.AuditEvent;
import dev.backease.account.AuditLog;
import dev.backease.journal.Advice;
import dev.backease.journal.GivingAdvice;
import dev.backease.journal.InvalidEntryException;
import dev.backease.journal.JournalEntries;
import dev.backease.journal.JournalEntry;
import dev.backease.journal.RecordingEntry;
import dev.backease.json.InvalidInputException;
import dev.backease.json.JournalEntryReader;
import dev.backease.json.JournalJson;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code backease journal add|list|advice}: the journal of the CLI's local account, in the same
 * database as {@code serve}. Output JSON goes to stdout; bad input exits 2 naming file, field and problem.
 */
@Command(name = "journal", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Keep a journal of sessions and check-ins, and ask whether it calls for a professional.")
public final class JournalCommand {
    private static final String CLIENT = "cli";

    /** What the journal commands need for one configuration; {@code owner} finds or creates the local account. */
    public record Journal(JournalEntries entries, RecordingEntry recording, GivingAdvice advice,
            JournalEntryReader reader, Supplier<AccountId> owner, AuditLog audit, Clock clock) {}

    private final Map<String, String> env;
    private final Terminal terminal;
    private final Function<Config, Journal> journals;

    public JournalCommand(Map<String, String> env, Terminal terminal, Function<Config, Journal> journals) {
        this.env = env;
        this.terminal = terminal;
        this.journals = journals;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a JournalEntry from a JSON file (- for stdin); prints the saved entry with its id.")
    int add(@Mixin ConfigOptions.Storage storage,
            @Parameters(paramLabel = "FILE", description = "JournalEntry JSON file, or - for stdin") String file) {
        Journal journal = open(storage);
        JournalEntry entry = new InputFile(file, terminal.in()).read(journal.reader()::read);
        JournalEntry saved = record(journal, file, entry);
        audit(journal, AuditAction.HEALTH_DATA_WRITTEN, "journal_entry:" + saved.id());
        terminal.out().println(JournalJson.write(JournalJson.entry(saved)));
        return ExitCode.DONE;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List entries, oldest first, as {\"entries\":[...]}; the bounds are inclusive.")
    int list(@Mixin ConfigOptions.Storage storage,
            @Option(names = "--from", paramLabel = "T", description = "ISO-8601 instant, e.g. 2026-11-01T00:00:00Z") String from,
            @Option(names = "--to", paramLabel = "T", description = "ISO-8601 instant") String to) {
        Instant start = bound("--from", from, false);
        Instant end = bound("--to", to, true);
        if (start != null && end != null && end.isBefore(start)) {
            throw new BadInputException("--to: must not be before --from");
        }
        Journal journal = open(storage);
        var entries = journal.entries().list(journal.owner().get(), start, end);
        audit(journal, AuditAction.HEALTH_DATA_READ, "journal");
        terminal.out().println(JournalJson.write(JournalJson.entries(entries)));
        return ExitCode.DONE;
    }

    @Command(name = "advice", mixinStandardHelpOptions = true,
            description = "Follow-up advice from the journal as it stood at a moment (default now); prints Advice.")
    int advice(@Mixin ConfigOptions.Storage storage, @Mixin ConfigOptions.Emergency emergency,
            @Option(names = "--as-of", paramLabel = "T", description = "ISO-8601 instant; entries after it are ignored")
            String asOf) {
        Instant moment = instant("--as-of", asOf);
        Journal journal = journals.apply(ConfigOptions.resolve(env, storage, emergency));
        AccountId owner = journal.owner().get();
        Advice advice = moment == null ? journal.advice().now(owner) : journal.advice().asOf(owner, moment);
        audit(journal, AuditAction.HEALTH_DATA_READ, "journal");
        terminal.out().println(JournalJson.write(JournalJson.advice(advice)));
        return ExitCode.DONE;
    }

    private Journal open(ConfigOptions.Storage storage) {
        return journals.apply(ConfigOptions.resolve(env, storage));
    }

    private static JournalEntry record(Journal journal, String file, JournalEntry entry) {
        try {
            return journal.recording().record(journal.owner().get(), entry);
        } catch (InvalidEntryException e) {
            String label = file.equals("-") ? "stdin" : file;
            throw new BadInputException(e.problems().stream()
                    .map(p -> label + ": " + p.field() + ": " + p.problem())
                    .collect(Collectors.joining(System.lineSeparator())));
        }
    }

    private static Instant bound(String flag, String text, boolean end) {
        try {
            return JournalEntryReader.periodBound(flag, text, end);
        } catch (InvalidInputException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private static Instant instant(String flag, String text) {
        try {
            return JournalEntryReader.instantParameter(flag, text);
        } catch (InvalidInputException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private static void audit(Journal journal, AuditAction action, String subject) {
        journal.audit().record(new AuditEvent(journal.clock().instant(), journal.owner().get(), action, subject, CLIENT));
    }
}
